import { describe, expect, it } from 'vitest';
import { initialTheme } from './theme';

describe('initialTheme', () => {
  it('uses the reader’s stored pick over the system', () => {
    expect(initialTheme('dark', false)).toEqual({ theme: 'dark', chosen: true });
    expect(initialTheme('light', true)).toEqual({ theme: 'light', chosen: true });
  });

  it('follows the system when nothing valid is stored', () => {
    expect(initialTheme(null, true)).toEqual({ theme: 'dark', chosen: false });
    expect(initialTheme('purple', false)).toEqual({ theme: 'light', chosen: false });
  });
});
