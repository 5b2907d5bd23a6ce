/**
 * Store slice of the colour theme. `chosen` tells whether the reader picked
 * the theme (then it is remembered) or it follows the system setting.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** The two colour themes. */
export type Theme = 'light' | 'dark';

/** Theme state and actions. */
export interface ThemeSlice {
  theme: Theme;
  /** True when the reader picked the theme; false while it follows the system. */
  themeChosen: boolean;
  /** Sets the theme; `chosen` false means it follows the system setting. */
  setTheme: (theme: Theme, chosen: boolean) => void;
  /** Switches to the other theme as the reader's choice. */
  toggleTheme: () => void;
}

/** Creates the theme slice. */
export const createThemeSlice: StateCreator<AppState, [], [], ThemeSlice> = (set) => ({
  theme: 'light',
  themeChosen: false,
  setTheme: (theme, chosen) => set({ theme, themeChosen: chosen }),
  toggleTheme: () => set((s) => ({ theme: s.theme === 'dark' ? 'light' : 'dark', themeChosen: true })),
});
