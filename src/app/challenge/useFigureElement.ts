/**
 * Finds a figure (`figure[data-widget="<id>"]`) on the page, waiting for it
 * while the section's code loads (a MutationObserver on the document).
 */
import { useEffect, useState } from 'react';

function query(widgetId: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`figure[data-widget="${CSS.escape(widgetId)}"]`);
}

/** The figure with a widget id once it is on the page, or null (also when `widgetId` is null). */
export function useFigureElement(widgetId: string | null): HTMLElement | null {
  const [found, setFound] = useState<HTMLElement | null>(null);
  useEffect(() => {
    if (widgetId === null) {
      setFound(null);
      return;
    }
    const look = () => {
      const el = query(widgetId);
      setFound((prev) => (prev === el ? prev : el));
    };
    look();
    const observer = new MutationObserver(look);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [widgetId]);
  return found;
}
