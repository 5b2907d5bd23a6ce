/**
 * Paper is light (issue 16, item 6): while the page prints (or print media is
 * emulated), `data-theme` on `<html>` says `light`, so the `dark:` variants
 * switch off too (print.css resets the colour tokens); afterwards the
 * screen's theme comes back.
 */

let started = false;

/** Switches the page to the light theme while it prints. Idempotent. */
export function startPrintTheme(
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): void {
  if (started || !win || typeof win.matchMedia !== 'function') return;
  started = true;
  const root = win.document.documentElement;
  let saved: string | null = null;
  const toPaper = () => {
    if (saved !== null) return;
    saved = root.getAttribute('data-theme') ?? '';
    root.setAttribute('data-theme', 'light');
  };
  const back = () => {
    if (saved === null) return;
    if (root.getAttribute('data-theme') === 'light') {
      if (saved) root.setAttribute('data-theme', saved);
      else root.removeAttribute('data-theme');
    }
    saved = null;
  };
  win.addEventListener('beforeprint', toPaper);
  win.addEventListener('afterprint', back);
  const print = win.matchMedia('print');
  print.addEventListener('change', (e) => (e.matches ? toPaper() : back()));
  if (print.matches) toPaper();
}
