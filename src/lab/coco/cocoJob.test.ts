import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCocoJob } from './cocoJob';
import type { LabFile } from '../jobs/types';
import { makeSyntheticCoco } from '../../metrics/detection/coco/synthetic';
import { cocoEval } from '../../metrics/detection/coco/cocoEval';
import { examplePair } from './examplePair';

interface Case {
  id: string;
  args: { iou_type: 'bbox' | 'keypoints'; gt: unknown; dt: unknown };
  expected: { stats: number[] };
}
const cases = JSON.parse(
  readFileSync(new URL('../../../test/reference/cases/coco_eval.json', import.meta.url), 'utf8'),
) as Case[];

/** A LabFile holding `value` as JSON. */
export function jsonFile(name: string, value: unknown): LabFile {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) };
}

const quiet = { progress: () => {} };

describe('runCocoJob', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s gives the reference stats', (_id, c) => {
    const r = runCocoJob(
      {
        iouType: c.args.iou_type,
        groundTruth: jsonFile('gt.json', c.args.gt),
        results: jsonFile('results.json', c.args.dt),
      },
      quiet,
    );
    expect(r.stats.map((s) => (s === null ? -1 : s))).toHaveLength(c.expected.stats.length);
    r.stats.forEach((s, i) =>
      expect(Math.abs((s ?? -1) - (c.expected.stats[i] as number))).toBeLessThan(1e-9),
    );
    expect(r.statNames).toHaveLength(c.expected.stats.length);
  });

  it('reports tables and pitfalls that agree with the evaluation', () => {
    const { gt, dt } = makeSyntheticCoco({
      images: 60,
      categories: 6,
      gtPerImage: 3,
      dtPerImage: 120,
      seed: 3,
    });
    gt.categories.push({ id: 99, name: 'unicorn' });
    const dtSome = dt.filter((d) => d.image_id !== 5);
    const fractions: number[] = [];
    const r = runCocoJob(
      { iouType: 'bbox', groundTruth: jsonFile('gt.json', gt), results: jsonFile('dt.json', dtSome) },
      { progress: (f) => fractions.push(f) },
    );
    const ref = cocoEval({ iouType: 'bbox', gt, dt: dtSome });
    expect(r.stats).toEqual(ref.stats);
    expect(r.categories).toHaveLength(7);
    expect(r.categories[6]?.ap).toBeNull();
    expect(r.pitfalls.categoriesWithoutGt.map((c) => c.name)).toEqual(['unicorn']);
    expect(r.pitfalls.imagesWithoutDetections.firstIds).toEqual([5]);
    expect(r.pitfalls.beyondMaxDets.detections).toBe(dtSome.length - ref.matches.count);
    expect(r.pitfalls.beyondMaxDets.detections).toBeGreaterThan(0);
    expect(r.curves).toHaveLength(7 * 10 * 101);
    expect(Number.isNaN(r.curves[6 * 10 * 101])).toBe(true);
    expect(r.perImage.detections.reduce((a, b) => a + b, 0)).toBe(dtSome.length);
    expect(fractions[0]).toBe(0);
    expect(fractions.every((f, i) => i === 0 || f >= (fractions[i - 1] as number))).toBe(true);
    expect(r.sizes.map((s) => s.label)).toEqual(['small', 'medium', 'large']);
    expect(r.sizes[0]?.ap).toBe(r.stats[3]);
  });
});

describe('the built-in examples', () => {
  it.each(['bbox', 'keypoints'] as const)('%s example evaluates and shows pitfalls', (iouType) => {
    const r = runCocoJob({ iouType, ...examplePair(iouType) }, quiet);
    expect(r.stats[0]).toBeGreaterThan(0.1);
    expect(r.stats[0]).toBeLessThan(0.95);
    if (iouType === 'bbox') {
      expect(r.pitfalls.categoriesWithoutGt.map((c) => c.name)).toEqual(['umbrella']);
      expect(r.pitfalls.crowd.annotations).toBeGreaterThanOrEqual(1);
      expect(r.pitfalls.imagesWithoutDetections.count).toBe(1);
    } else {
      expect(r.pitfalls.noVisibleKeypoints).toBe(0);
    }
  });
});
