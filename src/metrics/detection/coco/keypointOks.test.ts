import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keypointOks, oksVariances } from './keypointOks';

const OKS_CASES = fileURLToPath(new URL('../../../../test/reference/cases/oks.json', import.meta.url));

interface OksCase {
  id: string;
  args: {
    gt: { keypoints: number[]; area: number; bbox: number[] };
    dt: { keypoints: number[] };
    sigmas: number[];
  };
  expected: number;
}

function oks(c: OksCase['args']): number {
  const vars = oksVariances(c.sigmas);
  return keypointOks(
    c.dt.keypoints,
    0,
    c.gt.keypoints,
    0,
    c.gt.bbox,
    0,
    c.gt.area,
    vars,
    new Float64Array(vars.length),
  );
}

describe('keypointOks', () => {
  it('matches pycocotools computeOks on every case of oks.json (also no visible gt keypoint)', () => {
    const cases = JSON.parse(readFileSync(OKS_CASES, 'utf8')) as OksCase[];
    expect(cases.length).toBeGreaterThan(5);
    for (const c of cases) expect(Math.abs(oks(c.args) - c.expected), c.id).toBeLessThanOrEqual(1e-9);
  });

  it('is 1 for a perfect detection and exp(-d² / (2σ)² / area / 2) for one visible keypoint', () => {
    const gt = { keypoints: [10, 10, 2, 0, 0, 0], area: 100, bbox: [0, 0, 20, 20] };
    expect(oks({ gt, dt: { keypoints: [10, 10, 1, 50, 50, 1] }, sigmas: [0.1, 0.1] })).toBe(1);
    // d = 3: e = 9 / 0.04 / (100 + eps) / 2 = 1.125
    const v = oks({ gt, dt: { keypoints: [13, 10, 1, 0, 0, 1] }, sigmas: [0.1, 0.1] });
    expect(v).toBeCloseTo(Math.exp(-1.125), 12);
  });

  it('uses the distance to the doubled gt box when no gt keypoint is visible', () => {
    const gt = { keypoints: [0, 0, 0, 0, 0, 0], area: 100, bbox: [10, 10, 10, 10] };
    // Box spans [0, 30] in x and y: both keypoints inside -> 1.
    expect(oks({ gt, dt: { keypoints: [0, 30, 1, 15, 15, 1] }, sigmas: [0.1, 0.1] })).toBe(1);
    // One keypoint 3 px right of x1 = 30: mean of exp(-1.125) and 1.
    const v = oks({ gt, dt: { keypoints: [33, 15, 1, 15, 15, 1] }, sigmas: [0.1, 0.1] });
    expect(v).toBeCloseTo((Math.exp(-1.125) + 1) / 2, 12);
  });
});
