import { describe, expect, it } from 'vitest';
import { definedScores, leader, pairedScores } from './rank';

describe('leader', () => {
  it('picks the better score by the metric’s direction', () => {
    expect(leader(0.8, 0.7, true)).toBe('a');
    expect(leader(0.8, 0.7, false)).toBe('b');
    expect(leader(0.5, 0.5, true)).toBe('tie');
    expect(leader(null, 0.5, true)).toBeNull();
    expect(leader(0.5, undefined, false)).toBeNull();
  });
});

describe('pairedScores', () => {
  it('keeps the images both models score, in order', () => {
    expect(pairedScores([1, null, 3, 4], [5, 6, null, 8])).toEqual({ a: [1, 4], b: [5, 8] });
    expect(pairedScores([], [])).toEqual({ a: [], b: [] });
  });
});

describe('definedScores', () => {
  it('drops the images with no score', () => {
    expect(definedScores([0.5, null, 0.25])).toEqual([0.5, 0.25]);
  });
});
