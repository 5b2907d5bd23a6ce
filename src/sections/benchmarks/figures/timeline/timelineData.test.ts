import { describe, expect, it } from 'vitest';
import { HUMAN_TOP5_ERROR, ILSVRC_YEARS, STOPS, stepStop } from './timelineData';

describe('timeline data', () => {
  it('holds the winning top-5 errors of CURRICULUM.md, falling every year, crossing one human in 2015', () => {
    expect(ILSVRC_YEARS.map((y) => [y.year, y.error])).toEqual([
      [2010, 28.2],
      [2011, 25.8],
      [2012, 16.4],
      [2013, 11.7],
      [2014, 6.7],
      [2015, 3.57],
      [2016, 2.99],
      [2017, 2.25],
    ]);
    expect(ILSVRC_YEARS.find((y) => y.error < HUMAN_TOP5_ERROR)?.year).toBe(2015);
  });

  it('orders the stops by year and steps through them, clamped at the ends', () => {
    const years = STOPS.map((s) => s.year);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(stepStop('mnist', -1).id).toBe('mnist');
    expect(stepStop('mnist', 1).id).toBe('voc');
    expect(stepStop('ilsvrc-2017', 1).id).toBe('ilsvrc-2017');
    expect(new Set(STOPS.map((s) => s.id)).size).toBe(STOPS.length);
  });
});
