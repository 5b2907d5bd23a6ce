import { describe, expect, it } from 'vitest';
import { encode } from 'fast-png';
import { runDepthJob } from './depthJob';
import { DEFAULT_DEPTH_SETTINGS } from './settings';
import { depthCases, depthNpy } from '../labPixelsCases.test-helper';
import { writeNpy } from '../files/npyWriter.test-helper';
import { DEPTH_ERROR_FIELDS } from '../../metrics/types';
import { depthMetrics } from '../../metrics/depth/depthMetrics';
import type { LabFile } from '../jobs/types';

const ctx = { progress: () => {} };
const file = (name: string, bytes: Uint8Array): LabFile => ({ name, bytes: bytes.slice().buffer });

describe('runDepthJob on the reference cases (float64 .npy)', () => {
  for (const c of depthCases()) {
    it(c.id, () => {
      const settings = {
        ...DEFAULT_DEPTH_SETTINGS,
        minDepth: (c.args.min_depth as number | undefined) ?? 1e-3,
        maxDepth: (c.args.max_depth as number | undefined) ?? 80,
        medianScaling: (c.args.median_scaling as boolean | undefined) ?? false,
      };
      const input = {
        groundTruth: file('gt.npy', depthNpy(c.gt)),
        prediction: file('pred.npy', depthNpy(c.pred)),
        settings,
      };
      if ('error' in c.expected) {
        expect(() => runDepthJob(input, ctx)).toThrow(/^pred\.npy: its size/);
        return;
      }
      const r = runDepthJob(input, ctx);
      for (const [k, want] of Object.entries(c.expected)) {
        const got = r.metrics[k as keyof typeof r.metrics];
        if (want === null) expect(got).toBeNull();
        else
          expect(Math.abs((got as number) - (want as number))).toBeLessThanOrEqual(
            1e-9 + 1e-9 * Math.abs(want as number),
          );
      }
    });
  }
});

describe('runDepthJob validity mask', () => {
  it('with the Garg/Eigen crop counts only the pixels monodepth2 keeps', () => {
    const w = 30;
    const h = 20;
    const gtValues = Array.from({ length: w * h }, (_, i) => 5 + (i % 7));
    const predValues = gtValues.map((v, i) => v * (1 + ((i % 5) - 2) * 0.05));
    // monodepth2: crop = int32([0.40810811 h, 0.99189189 h, 0.03594771 w, 0.96405229 w]) = [8, 19, 1, 28]
    const keep: number[] = [];
    for (let y = 8; y < 19; y++) for (let x = 1; x < 28; x++) keep.push(y * w + x);
    const input = (gargCrop: boolean) => ({
      groundTruth: file('gt.npy', writeNpy({ values: gtValues, shape: [h, w] })),
      prediction: file('p.npy', writeNpy({ values: predValues, shape: [h, w] })),
      settings: { ...DEFAULT_DEPTH_SETTINGS, gargCrop },
    });
    const cropped = runDepthJob(input(true), ctx).metrics;
    const direct = depthMetrics(
      keep.map((i) => predValues[i]!),
      keep.map((i) => gtValues[i]!),
    );
    expect(cropped.valid).toBe(11 * 27);
    expect(cropped.abs_rel).toBe(direct.abs_rel);
    expect(cropped.silog).toBe(direct.silog);
    expect(runDepthJob(input(false), ctx).metrics.valid).toBe(w * h);
  });
});

describe('runDepthJob files', () => {
  it('reads 16-bit PNG values above 255 exactly as value / scale', () => {
    const values = Uint16Array.from({ length: 12 }, (_, k) => 300 + k * 5000);
    const png = encode({ width: 4, height: 3, channels: 1, depth: 16, data: values });
    const pred = writeNpy({ values: Array.from(values, (v) => v / 256), shape: [3, 4] });
    const r = runDepthJob(
      {
        groundTruth: file('gt.png', png),
        prediction: file('p.npy', pred),
        settings: { ...DEFAULT_DEPTH_SETTINGS, maxDepth: 1000 },
      },
      ctx,
    );
    expect(r.groundTruth).toMatchObject({ kind: '16-bit PNG', max: 55300 / 256, min: 300 / 256 });
    expect(r.metrics.abs_rel).toBe(0);
    expect(r.metrics.a1).toBe(1);
    expect(r.metrics.valid).toBe(12);
  });
  it('gives null metrics when no pixel is valid, and hatches the map', () => {
    const zeros = writeNpy({ values: [0, 0, 0, 0], shape: [2, 2] });
    const r = runDepthJob(
      {
        groundTruth: file('gt.npy', zeros),
        prediction: file('p.npy', zeros),
        settings: DEFAULT_DEPTH_SETTINGS,
      },
      ctx,
    );
    for (const f of DEPTH_ERROR_FIELDS) expect(r.metrics[f]).toBeNull();
    expect(r.metrics.valid).toBe(0);
  });
  it('refuses different sizes, colour PNGs and non-finite predictions where gt is valid', () => {
    const a = writeNpy({ values: [1, 2, 3, 4], shape: [2, 2] });
    const b = writeNpy({ values: [1, 2, 3, 4, 5, 6], shape: [2, 3] });
    expect(() =>
      runDepthJob(
        { groundTruth: file('gt.npy', a), prediction: file('p.npy', b), settings: DEFAULT_DEPTH_SETTINGS },
        ctx,
      ),
    ).toThrow(
      'p.npy: its size 3 × 2 differs from the ground truth gt.npy (2 × 2); both maps must have the same size',
    );
    const rgb = encode({ width: 2, height: 2, channels: 3, depth: 8, data: new Uint8Array(12) });
    expect(() =>
      runDepthJob(
        { groundTruth: file('c.png', rgb), prediction: file('p.npy', a), settings: DEFAULT_DEPTH_SETTINGS },
        ctx,
      ),
    ).toThrow(/^c\.png: a colour PNG is not a depth map/);
    const nan = writeNpy({ values: [1, NaN, 3, 4], shape: [2, 2] });
    expect(() =>
      runDepthJob(
        { groundTruth: file('gt.npy', a), prediction: file('p.npy', nan), settings: DEFAULT_DEPTH_SETTINGS },
        ctx,
      ),
    ).toThrow('p.npy, pixel (1, 0): depth is NaN where the ground truth is valid');
  });
});
