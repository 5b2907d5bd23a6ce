/** The header's light/dark theme switch. */
import { messages } from '../i18n/messages';
import { appStore, useAppStore } from '../state/store';

/** A button that switches to the other colour theme and remembers the choice. */
export function ThemeToggle() {
  const theme = useAppStore((s) => s.theme);
  const label = theme === 'dark' ? messages.theme.toLight : messages.theme.toDark;
  return (
    <button
      type="button"
      className="ba-icon-button"
      aria-label={label}
      title={label}
      onClick={() => appStore.getState().toggleTheme()}
    >
      {theme === 'dark' ? (
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="4.5" fill="currentColor" />
          <g stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
          </g>
        </svg>
      ) : (
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path fill="currentColor" d="M20.5 14.6A8.5 8.5 0 0 1 9.4 3.5a8.5 8.5 0 1 0 11.1 11.1Z" />
        </svg>
      )}
    </button>
  );
}
