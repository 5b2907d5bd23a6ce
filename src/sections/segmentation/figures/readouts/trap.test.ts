import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TRAP_ACCURACY, TRAP_CLASS_SCORE, accuracyTrap } from './trap';

// Class order: background, sidewalk, car, person.
const good = { pixel_accuracy: 0.97, iou: [0.97, 0.8, 0.8, 0.7], recall: [0.98, 0.9, 0.9, 0.9] };

describe('accuracyTrap', () => {
  it('stays off when the objects are found', () => {
    expect(accuracyTrap(good)).toEqual({ active: false, worst: null });
  });

  it('fires for the lazy model: high accuracy, zero person and car IoU', () => {
    const v = accuracyTrap({ pixel_accuracy: 0.9, iou: [0.9, 0, 0, 0], recall: [1, 0, 0, 0] });
    expect(v.active).toBe(true);
    expect(v.worst).toEqual({ cls: 'person', metric: 'iou', value: 0 });
  });

  it('fires on low recall alone', () => {
    const v = accuracyTrap({ ...good, recall: [0.98, 0.9, 0.3, 0.9] });
    expect(v.worst).toEqual({ cls: 'car', metric: 'recall', value: 0.3 });
  });

  it('stays off when accuracy itself is low', () => {
    expect(accuracyTrap({ pixel_accuracy: 0.8, iou: [0.8, 0, 0, 0], recall: [1, 0, 0, 0] }).active).toBe(
      false,
    );
  });

  it('ignores the sidewalk and undefined scores', () => {
    expect(
      accuracyTrap({ ...good, iou: [0.97, 0.1, 0.8, null], recall: [0.98, 0.1, 0.9, null] }).active,
    ).toBe(false);
  });

  it('fires exactly when accuracy >= 0.85 and some person/car score < 0.5', () => {
    const score = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(score, score, score, score, score, (acc, ci, pi, cr, pr) => {
        const v = accuracyTrap({ pixel_accuracy: acc, iou: [1, 1, ci, pi], recall: [1, 1, cr, pr] });
        const expected = acc >= TRAP_ACCURACY && Math.min(ci, pi, cr, pr) < TRAP_CLASS_SCORE;
        expect(v.active).toBe(expected);
        if (v.worst) expect(v.worst.value).toBe(Math.min(ci, pi, cr, pr));
      }),
    );
  });
});
