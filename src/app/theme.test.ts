import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/store';
import { effectiveTheme } from '../state/slices/themeSlice';
import { initialTheme, parseThemePreference } from './theme';

describe('initialTheme', () => {
  it('uses the reader’s stored pick over the system', () => {
    expect(initialTheme('dark', false)).toEqual({ theme: 'dark', chosen: true, preference: 'dark' });
    expect(initialTheme('light', true)).toEqual({ theme: 'light', chosen: true, preference: 'light' });
  });

  it('follows the system when the pick is "system" or nothing valid is stored', () => {
    expect(initialTheme(null, true)).toEqual({ theme: 'dark', chosen: false, preference: 'system' });
    expect(initialTheme('system', true)).toEqual({ theme: 'dark', chosen: false, preference: 'system' });
    expect(initialTheme('purple', false)).toEqual({ theme: 'light', chosen: false, preference: 'system' });
  });
});

describe('theme preference', () => {
  it('reads only light and dark as a pick', () => {
    expect(parseThemePreference('dark')).toBe('dark');
    expect(parseThemePreference('light')).toBe('light');
    expect(parseThemePreference('Dark')).toBe('system');
    expect(parseThemePreference('')).toBe('system');
  });

  it('resolves "system" from the system setting and a pick regardless of it', () => {
    expect(effectiveTheme('system', true)).toBe('dark');
    expect(effectiveTheme('system', false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme('dark', false)).toBe('dark');
  });

  it('sets the effective theme and whether it was chosen in the store', () => {
    const store = createAppStore();
    store.getState().setThemePreference('dark', false);
    expect(store.getState()).toMatchObject({ theme: 'dark', themeChosen: true, themePreference: 'dark' });
    store.getState().setThemePreference('system', false);
    expect(store.getState()).toMatchObject({ theme: 'light', themeChosen: false, themePreference: 'system' });
    store.getState().setThemePreference('system', true);
    expect(store.getState()).toMatchObject({ theme: 'dark', themeChosen: false });
  });
});
