import { describe, expect, it } from 'vitest';
import { detectionEntries } from './entries';
import { entryRunner } from '../entries.test-helper';

const detectionMatch = entryRunner(detectionEntries, 'detection_match');

describe('detection entries', () => {
  it('registers box_iou, voc_ap, detection_match and detection_image_counts', () => {
    expect(detectionEntries.map((e) => e.id)).toEqual([
      'box_iou',
      'voc_ap',
      'detection_match',
      'detection_image_counts',
    ]);
  });

  it('shows that the tie rule between equal scores changes AP', () => {
    const args = {
      detections: [
        { box: [50, 50, 10, 10], score: 0.9, class: 0 },
        { box: [0, 0, 10, 10], score: 0.9, class: 0 },
      ],
      ground_truths: [{ box: [0, 0, 10, 10], class: 0 }],
      iou_threshold: 0.5,
    };
    const stable = detectionMatch({ ...args, tie_rule: 'stable' });
    const reverse = detectionMatch({ ...args, tie_rule: 'reverse' });
    expect(stable.ap_voc).toBe(0.5);
    expect(reverse.ap_voc).toBe(1);
    expect(stable.points.map((p) => [p.recall, p.precision])).toEqual([
      [0, 0],
      [1, 0.5],
    ]);
    expect(stable.envelope.map((p) => p.precision)).toEqual([0.5, 0.5]);
    expect(reverse.ap_coco101).toBeCloseTo(1, 15);
    expect([stable.tp, stable.fp, stable.fn]).toEqual([1, 1, 0]);
  });

  it('defaults the class, the threshold and the tie rule, and names bad arguments', () => {
    const r = detectionMatch({
      detections: [{ box: [0, 0, 10, 10], score: 1 }],
      ground_truths: [{ box: [0, 0, 10, 12] }],
    });
    expect(r.detections[0]!.tp).toBe(true);
    expect(() => detectionMatch({ detections: {}, ground_truths: [] })).toThrow(/^detections: /);
    expect(() => detectionMatch({ detections: [], ground_truths: [], tie_rule: 'x' })).toThrow(/^tie_rule: /);
    expect(() => detectionMatch({ detections: [3], ground_truths: [] })).toThrow(/^detections\[0\]: /);
  });
});
