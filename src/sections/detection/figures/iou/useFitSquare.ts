/**
 * The side of a square picture that fits between its own top edge (in the
 * page at scroll 0) and the bottom of the first screen, so that the hero
 * photo and its readouts share the first screen on laptops and projectors.
 * Only from `minWidth` CSS px up; below it (phones) the picture takes its
 * column's width and the hook returns null.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Side in CSS px (at least `min`), or null on narrow screens. */
export function useFitSquare(
  ref: RefObject<Element | null>,
  { minWidth = 768, min = 256, margin = 16 }: { minWidth?: number; min?: number; margin?: number } = {},
): number | null {
  const [side, setSide] = useState<number | null>(null);
  useLayoutEffect(() => {
    const measure = () => {
      const el = ref.current;
      if (!el || window.innerWidth < minWidth) return setSide(null);
      const top = el.getBoundingClientRect().top + window.scrollY;
      setSide(Math.max(min, Math.floor(window.innerHeight - top - margin)));
    };
    measure();
    // the web font can change the height of the text above the picture once it loads
    let live = true;
    void document.fonts?.ready.then(() => live && measure());
    window.addEventListener('resize', measure);
    return () => {
      live = false;
      window.removeEventListener('resize', measure);
    };
  }, [ref, minWidth, min, margin]);
  return side;
}
