/**
 * Store slice of the colour theme. The reader picks a preference (system,
 * light or dark); `theme` is the effective theme, which follows the system's
 * `prefers-color-scheme` while the preference is `system`. `themeChosen`
 * tells whether the reader picked light or dark (then it is remembered).
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** The two colour themes. */
export type Theme = 'light' | 'dark';

/** What the reader can pick: follow the system, or one theme. */
export type ThemePreference = 'system' | Theme;

/** The preferences, in the order the theme choice shows them. */
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** The effective theme of a preference, given whether the system prefers dark. */
export function effectiveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Theme state and actions. */
export interface ThemeSlice {
  /** The effective theme. */
  theme: Theme;
  /** True when the reader picked light or dark; false while it follows the system. */
  themeChosen: boolean;
  /** The reader's pick. */
  themePreference: ThemePreference;
  /** Sets the effective theme; `chosen` false means it follows the system setting. */
  setTheme: (theme: Theme, chosen: boolean) => void;
  /** Sets the reader's pick; `systemDark` tells what the system prefers now. */
  setThemePreference: (preference: ThemePreference, systemDark: boolean) => void;
  /** Switches to the other theme as the reader's choice. */
  toggleTheme: () => void;
}

/** Creates the theme slice. */
export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  theme: 'light',
  themeChosen: false,
  themePreference: 'system',
  setTheme: (theme, chosen) =>
    set({ theme, themeChosen: chosen, themePreference: chosen ? theme : 'system' }),
  setThemePreference: (preference, systemDark) =>
    set({
      theme: effectiveTheme(preference, systemDark),
      themeChosen: preference !== 'system',
      themePreference: preference,
    }),
  toggleTheme: () =>
    set((s) => {
      const theme = s.theme === 'dark' ? 'light' : 'dark';
      return { theme, themeChosen: true, themePreference: theme };
    }),
});
