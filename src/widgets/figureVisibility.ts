/**
 * Whether a figure is on or near the screen, for the worker door to put its
 * requests first (src/worker/scheduler.ts). Each Figure observes itself with
 * an IntersectionObserver whose root margin is one viewport above and below,
 * and provides a FigureVisibility through context; a readout outside any
 * Figure (or a browser without IntersectionObserver) counts as near.
 * No layout is read on the hot path: the first answer is measured once as the
 * figure mounts, later ones come from the observer.
 */
import { createContext, useContext, useLayoutEffect, useState, type RefObject } from 'react';

/** A figure's nearness to the screen, read when a request is scheduled, with change notices. */
export interface FigureVisibility {
  /** True while the figure is on the screen or within one viewport of it. */
  near(): boolean;
  /** Calls `listener` whenever `near()` changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** The visibility of a readout outside any Figure: always near, never changes. */
export const ALWAYS_NEAR: FigureVisibility = { near: () => true, subscribe: () => () => undefined };

/** The context every Figure fills with its own visibility. */
export const FigureVisibilityContext = createContext<FigureVisibility>(ALWAYS_NEAR);

/** The visibility of the Figure around a component (ALWAYS_NEAR outside any Figure). */
export function useFigureVisibility(): FigureVisibility {
  return useContext(FigureVisibilityContext);
}

/** How far beyond the viewport (above and below) a figure still counts as near. */
export const NEAR_MARGIN = '100% 0px';

/** A visibility whose value the owner sets; listeners hear of every change. */
export interface VisibilitySource extends FigureVisibility {
  set(near: boolean): void;
}

/** A settable visibility starting at `near`. */
export function createVisibilitySource(near = true): VisibilitySource {
  let current = near;
  const listeners = new Set<() => void>();
  return {
    near: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === current) return;
      current = next;
      for (const l of [...listeners]) l();
    },
  };
}

/**
 * True when a box (`top`, `bottom` from getBoundingClientRect) lies on the
 * screen or within one viewport height of it (the observer's NEAR_MARGIN).
 */
export function isNearViewport(rect: { top: number; bottom: number }, viewportHeight: number): boolean {
  return rect.bottom >= -viewportHeight && rect.top <= 2 * viewportHeight;
}

/**
 * React hook: the visibility of the element in `ref`, measured once as it
 * mounts (a layout effect, so it is known before the children's first
 * requests) and then kept up to date by an IntersectionObserver.
 */
export function useObservedVisibility(ref: RefObject<Element | null>): FigureVisibility {
  const [source] = useState(createVisibilitySource);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    source.set(isNearViewport(el.getBoundingClientRect(), window.innerHeight));
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) source.set(last.isIntersecting);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(el);
    return () => {
      observer.disconnect();
      source.set(true);
    };
  }, [ref, source]);
  return source;
}
