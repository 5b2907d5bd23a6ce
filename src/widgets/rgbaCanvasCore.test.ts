import { describe, expect, it } from 'vitest';
import { canvasLabelling, fitsPicture } from './rgbaCanvasCore';

describe('fitsPicture', () => {
  it('accepts exactly four bytes per pixel', () => {
    expect(fitsPicture(new Uint8ClampedArray(3 * 2 * 4), 3, 2)).toBe(true);
    expect(fitsPicture(new Uint8ClampedArray(3 * 2 * 4 - 1), 3, 2)).toBe(false);
    expect(fitsPicture(new Uint8ClampedArray(3 * 2 * 3), 3, 2)).toBe(false);
  });

  it('refuses empty or fractional sizes even when the length matches', () => {
    expect(fitsPicture(new Uint8ClampedArray(0), 0, 5)).toBe(false);
    expect(fitsPicture(new Uint8ClampedArray(8), 0.5, 4)).toBe(false);
  });
});

describe('canvasLabelling', () => {
  it('names a ready picture by its alt and is not busy', () => {
    expect(canvasLabelling({ alt: 'Depth map', ready: true })).toEqual({
      role: 'img',
      label: 'Depth map',
      hidden: false,
      busy: false,
    });
  });

  it('uses the loading text and is busy while the picture is not ready', () => {
    const l = canvasLabelling({ alt: 'Photo', loadingAlt: 'Loading…', ready: false });
    expect(l.label).toBe('Loading…');
    expect(l.busy).toBe(true);
  });

  it('is busy while a newer picture is pending', () => {
    expect(canvasLabelling({ alt: 'Photo', ready: true, pending: true }).busy).toBe(true);
  });

  it('hides an unnamed canvas (a focusable parent names it)', () => {
    expect(canvasLabelling({ ready: true })).toEqual({
      role: undefined,
      label: undefined,
      hidden: true,
      busy: false,
    });
  });
});
