import { describe, expect, it } from 'vitest';
import * as page from './constants';
import * as ring from '../../../../scenes/generative/ring';
import * as entries from '../../../../scenes/generative/entries';
import { SMALL_SIZES } from '../../../../scenes/generative/smallSamples';

describe('the page constants', () => {
  it("agree with the worker scenes'", () => {
    expect(page.MODES).toBe(ring.MODES);
    expect(page.GRID).toBe(ring.GRID);
    expect(page.CENTRE_LIMIT).toBe(ring.CENTRE_LIMIT);
    expect(page.REAL_CENTRES).toEqual(ring.REAL_CENTRES);
    expect(page.SAMPLE_COUNTS).toEqual(entries.SAMPLE_COUNTS);
    expect(page.MAX_SPREAD).toBe(entries.MAX_SPREAD);
    expect(page.MAX_SEED).toBe(entries.MAX_SEED);
    expect(page.IS_SHOWN).toBe(entries.IS_SHOWN);
    expect(page.SMALL_SIZES).toEqual(SMALL_SIZES);
  });
});
