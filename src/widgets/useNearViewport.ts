/**
 * Whether an element is on or near the screen, from an IntersectionObserver
 * (no layout read of our own). Without IntersectionObserver (old browsers,
 * tests) everything counts as near.
 */
import { useEffect, useState, type RefObject } from 'react';

/** How far outside the viewport an element already counts as near. */
export const NEAR_MARGIN = '300px 0px';

/** True while `ref`'s element is within NEAR_MARGIN of the viewport. */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setNear(last.isIntersecting);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return near;
}
