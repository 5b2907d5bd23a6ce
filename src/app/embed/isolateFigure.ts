/**
 * Shows one figure of a rendered section page and hides the rest, without
 * knowing how the section is built: the figure gets `data-embed-figure`, each
 * element between it and the page root gets `data-embed-path`, and embed.css
 * hides every child of a path element that is neither (the prose, the other
 * figures, the contents, the section links).
 */

/** The figure element of a widget inside `root`, if it is rendered. */
export function findFigure(root: ParentNode, widgetId: string): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>('[data-widget]')) {
    if (el.dataset.widget === widgetId) return el;
  }
  return null;
}

/**
 * Marks the path from `root` to the widget's figure. Returns the figure, or
 * null when it is not rendered (then nothing is marked but `root`).
 */
export function isolateFigure(root: HTMLElement, widgetId: string): HTMLElement | null {
  const figure = findFigure(root, widgetId);
  const path = new Set<Element>([root]);
  for (let el = figure?.parentElement; el && el !== root; el = el.parentElement) path.add(el);
  for (const el of root.querySelectorAll('[data-embed-path]')) {
    if (!path.has(el)) el.removeAttribute('data-embed-path');
  }
  for (const el of root.querySelectorAll('[data-embed-figure]')) {
    if (el !== figure) el.removeAttribute('data-embed-figure');
  }
  for (const el of path) el.setAttribute('data-embed-path', '');
  figure?.setAttribute('data-embed-figure', '');
  return figure;
}
