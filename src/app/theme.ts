/**
 * Colour theme: the reader picks system, light or dark in the header; the
 * pick is remembered in localStorage. While the pick is "system" the theme
 * follows `prefers-color-scheme`, live. The effective theme is written to
 * `data-theme` on `<html>`, which the stylesheet reads.
 */
import type { AppStore } from '../state/store';
import { effectiveTheme, type Theme, type ThemePreference } from '../state/slices/themeSlice';

/** localStorage key of the reader's pick. */
export const THEME_STORAGE_KEY = 'beyond-accuracy.theme';

/** The stored pick as a preference: "light" or "dark", anything else (or nothing) is "system". */
export function parseThemePreference(stored: string | null): ThemePreference {
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The starting theme: the stored pick if valid, else the system preference. */
export function initialTheme(
  stored: string | null,
  prefersDark: boolean,
): { theme: Theme; chosen: boolean; preference: ThemePreference } {
  const preference = parseThemePreference(stored);
  return { theme: effectiveTheme(preference, prefersDark), chosen: preference !== 'system', preference };
}

function readStored(): string | null {
  try {
    return window.localStorage.getItem(THEME_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(preference: ThemePreference): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage may be disabled (private mode); the pick then lasts for this visit.
  }
}

/** True when the system prefers the dark scheme now. */
export function systemPrefersDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/**
 * Sets the store's theme from storage and the system, keeps `data-theme` in
 * sync, remembers the reader's pick, and follows system changes while the
 * pick is "system". Returns a function that stops listening.
 */
export function startTheme(store: AppStore): () => void {
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  const start = initialTheme(readStored(), media?.matches ?? false);
  store.getState().setThemePreference(start.preference, media?.matches ?? false);
  const apply = (theme: Theme) => {
    document.documentElement.dataset.theme = theme;
  };
  apply(start.theme);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.theme !== prev.theme) apply(state.theme);
    if (state.themePreference !== prev.themePreference) writeStored(state.themePreference);
  });
  const onSystemChange = (e: MediaQueryListEvent) => {
    const s = store.getState();
    if (s.themePreference === 'system') s.setThemePreference('system', e.matches);
  };
  media?.addEventListener('change', onSystemChange);
  return () => {
    unsubscribe();
    media?.removeEventListener('change', onSystemChange);
  };
}
