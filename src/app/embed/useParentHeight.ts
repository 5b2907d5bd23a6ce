/**
 * Tells the page around an embedded figure how tall it is: posts
 * `{ type: 'beyond-accuracy:height', height }` to `window.parent` whenever the
 * element's size changes (ResizeObserver), so the parent can size the iframe.
 */
import { useEffect, type RefObject } from 'react';

/** The message type the parent page listens for. */
export const HEIGHT_MESSAGE = 'beyond-accuracy:height';

/** The message posted for a height in CSS pixels (rounded up). */
export function heightMessage(height: number): { type: typeof HEIGHT_MESSAGE; height: number } {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/** Posts the element's height to the parent window on every size change. */
export function useParentHeight(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const post = () => {
      const message = heightMessage(el.getBoundingClientRect().height);
      if (message.height === last) return;
      last = message.height;
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(el);
    post();
    return () => observer.disconnect();
  }, [ref]);
}
