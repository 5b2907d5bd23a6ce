import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canvasLabelling, dirtyRows, fitsPicture } from './rgbaCanvasCore';

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

describe('dirtyRows', () => {
  const picture = (w: number, h: number, fill = 0) => new Uint8ClampedArray(w * h * 4).fill(fill);
  it('is null when nothing changed', () => {
    expect(dirtyRows(picture(4, 3), picture(4, 3), 4)).toBeNull();
  });

  it('gives the band of rows a stroke changed', () => {
    const next = picture(4, 5);
    next[(1 * 4 + 2) * 4] = 9; // row 1
    next[(3 * 4 + 0) * 4 + 3] = 9; // row 3, alpha
    expect(dirtyRows(picture(4, 5), next, 4)).toEqual([1, 3]);
  });

  it('gives every row when the size changed', () => {
    expect(dirtyRows(picture(4, 2), picture(4, 3), 4)).toEqual([0, 2]);
  });

  it('works on an unaligned view too (byte by byte)', () => {
    const buf = new Uint8ClampedArray(1 + 2 * 2 * 4);
    const shown = buf.subarray(1);
    const next = shown.slice();
    next[2 * 4 + 1] = 7; // pixel 2: row 1
    expect(dirtyRows(shown, next, 2)).toEqual([1, 1]);
  });

  it('covers every changed pixel (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (w, h, changes) => {
          const shown = picture(w, h);
          const next = shown.slice();
          for (const c of changes) next[c % next.length] = 200;
          const rows = dirtyRows(shown, next, w);
          const changedRows = changes.map((c) => Math.floor((c % next.length) / (4 * w)));
          if (changes.length === 0) expect(rows).toBeNull();
          else {
            expect(rows![0]).toBe(Math.min(...changedRows));
            expect(rows![1]).toBe(Math.max(...changedRows));
          }
        },
      ),
    );
  });
});
