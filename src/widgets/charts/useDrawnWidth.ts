/**
 * The width (CSS px) at which an element is drawn, kept up to date by a
 * ResizeObserver; 0 until it is drawn (and in jsdom). Plots use it to size
 * the labels they draw in viewBox units (svgScale.ts, labelUnits).
 */
import { useEffect, useState, type RefObject } from 'react';

/** The drawn width of `ref`'s element, in CSS px (0 while unknown). */
export function useDrawnWidth(ref: RefObject<Element | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width ?? 0;
      setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
