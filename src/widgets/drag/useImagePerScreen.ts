/**
 * Image pixels per CSS pixel of the SVG that draws an element, kept up to
 * date by one shared ResizeObserver (a pose figure has a hundred draggables
 * in a few SVGs), so hit areas can be sized in screen pixels. 0 until the SVG
 * is drawn (and in jsdom, which has no ResizeObserver).
 */
import { useEffect, useState, type RefObject } from 'react';
import { svgImageScale } from '../svgScale';

type Listener = () => void;
const listeners = new Map<Element, Set<Listener>>();
let observer: ResizeObserver | null = null;

function watch(svg: Element, listener: Listener): () => void {
  if (typeof ResizeObserver === 'undefined') return () => undefined;
  observer ??= new ResizeObserver((entries) => {
    for (const e of entries) listeners.get(e.target)?.forEach((l) => l());
  });
  let set = listeners.get(svg);
  if (!set) {
    set = new Set();
    listeners.set(svg, set);
    observer.observe(svg);
  }
  set.add(listener);
  return () => {
    set.delete(listener);
    if (set.size === 0) {
      listeners.delete(svg);
      observer?.unobserve(svg);
    }
  };
}

/** Image pixels per CSS pixel of the SVG that draws `ref`'s element (0 while unknown). */
export function useImagePerScreen(ref: RefObject<SVGElement | null>, imageWidth?: number): number {
  const [scale, setScale] = useState(0);
  useEffect(() => {
    const el = ref.current;
    const svg = el?.ownerSVGElement;
    if (!el || !svg) return;
    const measure = () => setScale(svgImageScale(el, imageWidth, 0));
    measure();
    return watch(svg, measure);
  }, [ref, imageWidth]);
  return scale;
}
