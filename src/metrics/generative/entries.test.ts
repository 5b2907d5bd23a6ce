import { describe, expect, it } from 'vitest';
import { generativeEntries } from './entries';

const entry = (id: string) => generativeEntries.find((e) => e.id === id)!;

describe('generative registry entries', () => {
  it('registers each metric id once', () => {
    expect(generativeEntries.map((e) => e.id).sort()).toEqual([
      'clip_score',
      'fid_features',
      'frechet_distance',
      'inception_score',
    ]);
  });

  it('computes FORMAT-shaped arguments', () => {
    expect(
      entry('frechet_distance').compute({ mu1: [0], mu2: [3], sigma1: [[4]], sigma2: [[9]] }),
    ).toBeCloseTo(10, 13);
    expect(entry('fid_features').compute({ x: [[0], [2]], y: [[1], [5]] })).toBeCloseTo(6, 13);
    expect(
      entry('inception_score').compute({
        probs: [
          [1, 0],
          [0, 1],
        ],
        splits: 1,
      }),
    ).toMatchObject({ std: 0 });
    expect(entry('clip_score').compute({ image_embedding: [1, 0], text_embedding: [1, 0] })).toBe(2.5);
    expect(entry('clip_score').compute({ image_embedding: [1, 0], text_embedding: [1, 0], w: 1 })).toBe(1);
  });

  it('throws naming the argument for invalid input', () => {
    expect(() => entry('inception_score').compute({ probs: [[1, 0]], splits: 1.5 })).toThrow(/^splits:/);
    expect(() =>
      entry('frechet_distance').compute({ mu1: 'x', mu2: [0], sigma1: [[1]], sigma2: [[1]] }),
    ).toThrow(/^mu1:/);
  });
});
