import { describe, expect, it } from 'vitest';
import { runCocoJob } from './cocoJob';
import { examplePair } from './examplePair';
import { categoryRows, imageRows, summaryJson, summaryRows } from './exportRows';

describe('COCO exports', () => {
  const r = runCocoJob({ iouType: 'bbox', ...examplePair('bbox') }, { progress: () => {} });

  it('has one row per stat, per category and per image', () => {
    expect(summaryRows(r)).toHaveLength(12);
    expect(categoryRows(r).map((c) => c.name)).toEqual(['person', 'bicycle', 'car', 'dog', 'umbrella']);
    expect(Object.keys(categoryRows(r)[0] ?? {})).toContain('ar100');
    expect(imageRows(r)).toHaveLength(24);
    expect(summaryJson(r).stats).toMatchObject({ ap: r.stats[0] });
  });

  it('per-image counts add up to the evaluated detections', () => {
    const rows = imageRows(r);
    const sum = (k: string) => rows.reduce((s, row) => s + (row[k] as number), 0);
    expect(sum('detections')).toBe(r.counts.detections);
    expect(sum('tp50') + sum('fp50')).toBeLessThanOrEqual(r.counts.evaluated);
    rows.forEach((row) => expect(row.fn50 as number).toBeGreaterThanOrEqual(0));
  });
});
