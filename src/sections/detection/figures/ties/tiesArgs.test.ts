import { describe, expect, it } from 'vitest';
import { detectionEntries } from '../../../../metrics/detection/entries';
import { entryRunner } from '../../../../metrics/entries.test-helper';
import { tiesArgs } from './tiesArgs';

const detectionMatch = entryRunner(detectionEntries, 'detection_match');

describe('tiesArgs (the ties data builder)', () => {
  it('gives the hand-worked APs of both tie rules', () => {
    // stable: TP TP FP TP over 4 people -> 0.25 * (1 + 1 + 0.75); reverse: TP FP TP TP -> 0.25 * (1 + 0.75 + 0.75).
    const stable = detectionMatch(tiesArgs('stable'));
    const reverse = detectionMatch(tiesArgs('reverse'));
    expect(stable.ap_voc).toBeCloseTo(0.6875, 12);
    expect(reverse.ap_voc).toBeCloseTo(0.625, 12);
    expect(stable.detections.map((d) => d.index)).toEqual([0, 1, 2, 3]);
    expect(reverse.detections.map((d) => d.index)).toEqual([0, 2, 1, 3]);
    expect(stable.ap_coco101).not.toBeCloseTo(reverse.ap_coco101!, 6);
  });
});
