/**
 * Colour theme: follows the system's `prefers-color-scheme` until the reader
 * picks one with the toggle; the pick is remembered in localStorage. The
 * effective theme is written to `data-theme` on `<html>`, which the
 * stylesheet reads.
 */
import type { AppStore } from '../state/store';
import type { Theme } from '../state/slices/themeSlice';

/** localStorage key of the reader's pick. */
export const THEME_STORAGE_KEY = 'beyond-accuracy.theme';

/** The starting theme: the stored pick if valid, else the system preference. */
export function initialTheme(stored: string | null, prefersDark: boolean): { theme: Theme; chosen: boolean } {
  if (stored === 'light' || stored === 'dark') return { theme: stored, chosen: true };
  return { theme: prefersDark ? 'dark' : 'light', chosen: false };
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(theme: Theme): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage may be disabled (private mode); the pick then lasts for this visit.
  }
}

/**
 * Sets the store's theme from storage and the system, keeps `data-theme` in
 * sync, remembers the reader's pick, and follows system changes until the
 * reader picks. Returns a function that stops listening.
 */
export function startTheme(store: AppStore): () => void {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  const start = initialTheme(readStored(), media?.matches ?? false);
  store.getState().setTheme(start.theme, start.chosen);
  const apply = (theme: Theme) => {
    document.documentElement.dataset.theme = theme;
  };
  apply(start.theme);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.theme !== prev.theme) apply(state.theme);
    if (state.themeChosen && (state.theme !== prev.theme || !prev.themeChosen)) writeStored(state.theme);
  });
  const onSystemChange = (e: MediaQueryListEvent) => {
    if (!store.getState().themeChosen) store.getState().setTheme(e.matches ? 'dark' : 'light', false);
  };
  media?.addEventListener('change', onSystemChange);
  return () => {
    unsubscribe();
    media?.removeEventListener('change', onSystemChange);
  };
}
