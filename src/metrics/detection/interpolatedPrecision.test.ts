import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { envelopeInPlace, sampleAtRecall } from './interpolatedPrecision';

describe('envelopeInPlace', () => {
  it('makes precision non-increasing from the right, only over the first n values', () => {
    const p = [0.5, 1, 0.4, 0.6, 0.2, 0.9];
    envelopeInPlace(p, 5);
    expect(p).toEqual([1, 1, 0.6, 0.6, 0.2, 0.9]);
  });

  it('gives the running maximum from the right for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }), (values) => {
        const env = values.slice();
        envelopeInPlace(env, env.length);
        env.forEach((v, i) => expect(v).toBe(Math.max(...values.slice(i))));
      }),
    );
  });
});

describe('sampleAtRecall', () => {
  it('takes the envelope at the first recall >= t, 0 past the end', () => {
    const out: number[] = [];
    sampleAtRecall([0.25, 0.5, 0.5, 1], [0.9, 0.8, 0.7, 0.6], 3, [0, 0.25, 0.3, 0.5, 0.75, 1], out);
    expect(out).toEqual([0.9, 0.9, 0.8, 0.8, 0, 0]);
  });

  it('writes with an offset and a stride', () => {
    const out = new Float64Array(8).fill(-1);
    sampleAtRecall([0.5, 1], [1, 0.5], 2, [0, 0.6, 1], out, 1, 3);
    expect(Array.from(out)).toEqual([-1, 1, -1, -1, 0.5, -1, -1, 0.5]);
  });

  it('writes only zeros for an empty curve', () => {
    const out = [7, 7];
    sampleAtRecall([], [], 0, [0, 1], out);
    expect(out).toEqual([0, 0]);
  });
});
