/** The header's three-way theme choice: system, light, dark (a radio group of icons). */
import type { ReactNode } from 'react';
import { messages } from '../i18n/messages';
import { THEME_PREFERENCES, type ThemePreference } from '../state/slices/themeSlice';
import { appStore, useAppStore } from '../state/store';
import { systemPrefersDark } from './theme';

const ICONS: Record<ThemePreference, ReactNode> = {
  system: (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path fill="currentColor" d="M12 3.5a8.5 8.5 0 0 1 0 17Z" />
    </svg>
  ),
  light: (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="4.5" fill="currentColor" />
      <g stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
      </g>
    </svg>
  ),
  dark: (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M20.5 14.6A8.5 8.5 0 0 1 9.4 3.5a8.5 8.5 0 1 0 11.1 11.1Z" />
    </svg>
  ),
};

/** Three radio buttons; the pick is remembered (src/app/theme.ts) and "system" follows the OS live. */
export function ThemeChoice() {
  const preference = useAppStore((s) => s.themePreference);
  const t = messages.theme;
  return (
    <div role="radiogroup" aria-label={t.group} className="ba-theme-choice">
      {THEME_PREFERENCES.map((p) => (
        <label key={p} className="ba-theme-choice__option" title={t[p]}>
          <input
            type="radio"
            name="ba-theme"
            value={p}
            aria-label={t[p]}
            checked={preference === p}
            onChange={() => appStore.getState().setThemePreference(p, systemPrefersDark())}
          />
          {ICONS[p]}
        </label>
      ))}
    </div>
  );
}
