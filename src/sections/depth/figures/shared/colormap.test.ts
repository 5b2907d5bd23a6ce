import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lut as buildLut } from '../../../../lib/colour';
import { HATCH, colorize, legendTicks } from './colormap';

const grey = (t: number) => {
  const v = Math.round(t * 255);
  return `rgb(${v}, ${v}, ${v})`;
};

describe('colorize', () => {
  const lut = buildLut(grey, 256);

  it('maps lo to the first colour, hi to the last, and clips beyond', () => {
    const px = colorize([0, 40, 80, -5], { lo: 0, hi: 40, lut, width: 4 });
    expect(Array.from(px)).toEqual([0, 0, 0, 255, 255, 255, 255, 255, 255, 255, 255, 255, 0, 0, 0, 255]);
  });

  it('reverses the table on request', () => {
    const px = colorize([0], { lo: 0, hi: 40, lut, width: 1, reverse: true });
    expect(px[0]).toBe(255);
  });

  it('hatches masked-out pixels in two greys', () => {
    const px = colorize([5, 5, 5, 5], { lo: 0, hi: 10, lut, width: 4, mask: [0, 1, 0, 0] });
    expect(px[0]).toBe(HATCH[0]);
    expect(px[4]).toBe(128);
    expect(px[12]).toBe(HATCH[1]);
  });

  it('gives every pixel full opacity and grows with the value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 2, maxLength: 20 }),
        (vals) => {
          const px = colorize(vals, { lo: 0, hi: 40, lut, width: vals.length });
          for (let i = 0; i < vals.length; i++) {
            if (px[i * 4 + 3] !== 255) return false;
            for (let j = 0; j < vals.length; j++) {
              if (vals[i]! < vals[j]! && px[i * 4]! > px[j * 4]!) return false;
            }
          }
          return true;
        },
      ),
    );
  });
});

describe('legendTicks', () => {
  it('spreads ticks evenly and includes both ends', () => {
    expect(legendTicks(0, 40, 5)).toEqual([0, 10, 20, 30, 40]);
    expect(legendTicks(0, 1, 1)).toEqual([0, 1]);
  });
});
