import { describe, expect, it } from 'vitest';
import { shownState } from './shownState';

describe('shownState', () => {
  const a = { x: 1 };
  const b = { x: 1 };
  const settled = { value: 3, pending: false, error: null, settledFor: a };

  it('is settled for the arguments of the last answer', () => {
    expect(shownState(a, settled)).toEqual({ value: 3, pending: false, error: null });
  });

  it('is pending at once for other arguments, even equal ones (a new object is a new request)', () => {
    expect(shownState(b, settled).pending).toBe(true);
    expect(shownState(b, settled).value).toBe(3);
  });

  it('is pending while computing, and never for null arguments', () => {
    expect(shownState(a, { ...settled, pending: true }).pending).toBe(true);
    expect(shownState(null, { ...settled, pending: true }).pending).toBe(false);
  });
});
