import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxIou } from '../../../../metrics/detection/boxIou';
import { MAX_SHIFT, SCALE_FRAMES, scalePair } from './scaleBoxes';

describe('scalePair', () => {
  it('moves the prediction right by the shift and keeps its size', () => {
    expect(scalePair('small', 5)).toEqual({ gt: [8, 14, 12, 12], pred: [13, 14, 12, 12] });
    expect(scalePair('large', 5).pred).toEqual([21, 30, 120, 120]);
  });

  it('makes a 5 px shift fail 0.5 on the small box and pass on the large one (hand-worked)', () => {
    // small: 7*12 / (2*144 - 84) = 84/204; large: 115*120 / (2*14400 - 13800) = 13800/15000.
    const small = scalePair('small', 5);
    const large = scalePair('large', 5);
    expect(boxIou(small.gt, small.pred)).toBeCloseTo(84 / 204, 12);
    expect(boxIou(large.gt, large.pred)).toBeCloseTo(0.92, 12);
  });

  it('keeps both predictions inside their frames for every slider value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_SHIFT }),
        fc.constantFrom('small' as const, 'large' as const),
        (s, subj) => {
          const [x, , w] = scalePair(subj, s).pred;
          return x >= 0 && x + w <= SCALE_FRAMES[subj].size;
        },
      ),
    );
  });

  it('costs the small box more IoU than the large one for any shift', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_SHIFT }), (s) => {
        const a = scalePair('small', s);
        const b = scalePair('large', s);
        return (boxIou(a.gt, a.pred) ?? 0) < (boxIou(b.gt, b.pred) ?? 0);
      }),
    );
  });
});
