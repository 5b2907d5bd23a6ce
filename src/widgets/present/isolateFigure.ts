/**
 * Shows one figure alone inside a root element (presentation slides and
 * Enlarge): everything under the root except the figure, the elements on the
 * way down to it and the elements marked `data-iso-keep` is hidden with CSS
 * (present.css), while React keeps every widget mounted, so widget state and
 * worker readouts go on working. The marks are re-applied when React adds or
 * replaces elements. Inside the figure, the parts named by `hide` selectors are
 * hidden (a figure spread over several slides) and the readouts named by
 * `headline` selectors get `data-headline` (shown large). Without a figure,
 * everything under the root is hidden (a statement slide).
 */
import './present.css';

/** What to change inside the isolated figure. */
export interface IsolateOptions {
  /** CSS selectors, inside the figure, of parts to hide. */
  hide?: readonly string[];
  /** CSS selectors, inside the figure, of readouts to mark `data-headline` (shown large). */
  headline?: readonly string[];
}

const PATH = 'data-iso-path';
const TARGET = 'data-iso-target';
const HIDDEN = 'data-iso-hidden';
const ROOT = 'data-isolating';

/**
 * Isolates `figure` (or nothing, when null) inside `root`. Returns a function
 * that removes every mark it set.
 */
export function isolateFigure(
  root: HTMLElement,
  figure: HTMLElement | null,
  options: IsolateOptions = {},
): () => void {
  const headlined = new Set<Element>();
  const clear = () => {
    for (const el of root.querySelectorAll(`[${PATH}], [${TARGET}], [${HIDDEN}]`)) {
      el.removeAttribute(PATH);
      el.removeAttribute(TARGET);
      el.removeAttribute(HIDDEN);
    }
  };
  const mark = () => {
    clear();
    if (!figure || !root.contains(figure)) return;
    figure.setAttribute(TARGET, '');
    for (let el = figure.parentElement; el && el !== root; el = el.parentElement) el.setAttribute(PATH, '');
    for (const selector of options.hide ?? []) {
      for (const el of figure.querySelectorAll(selector)) el.setAttribute(HIDDEN, '');
    }
    for (const selector of options.headline ?? []) {
      for (const el of figure.querySelectorAll(selector)) {
        if (el.hasAttribute('data-headline')) continue;
        el.setAttribute('data-headline', '');
        headlined.add(el);
      }
    }
  };
  root.setAttribute(ROOT, '');
  mark();
  let frame = 0;
  const observer = new MutationObserver(() => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      mark();
    });
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
    clear();
    root.removeAttribute(ROOT);
    for (const el of headlined) el.removeAttribute('data-headline');
  };
}
