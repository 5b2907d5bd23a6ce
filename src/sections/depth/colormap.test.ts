import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { interpolateViridis } from 'd3-scale-chromatic';
import { HATCH, buildLut, colorize, legendTicks, parseColor } from './colormap';

const grey = (t: number) => {
  const v = Math.round(t * 255);
  return `rgb(${v}, ${v}, ${v})`;
};

describe('parseColor', () => {
  it('reads hex and rgb() colours', () => {
    expect(parseColor('#440154')).toEqual([0x44, 0x01, 0x54]);
    expect(parseColor('rgb(39, 215, 196)')).toEqual([39, 215, 196]);
    expect(() => parseColor('red')).toThrow(/red/);
  });
});

describe('buildLut', () => {
  it('samples both ends of the colour map', () => {
    const lut = buildLut(interpolateViridis, 256);
    expect(lut.length).toBe(768);
    expect(Array.from(lut.slice(0, 3))).toEqual(parseColor(interpolateViridis(0)));
    expect(Array.from(lut.slice(765))).toEqual(parseColor(interpolateViridis(1)));
  });
});

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
