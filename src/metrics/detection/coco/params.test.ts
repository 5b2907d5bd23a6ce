import { describe, expect, it } from 'vitest';
import { COCO_KEYPOINT_SIGMAS, cocoParams, numpyLinspace } from './params';

describe('numpyLinspace', () => {
  it('builds the IoU thresholds exactly as np.linspace(.5, .95, 10) does (0.8999999999999999, not 0.9)', () => {
    // Values printed by numpy 2.x: repr(float(x)) for x in np.linspace(.5, .95, 10).
    expect(Array.from(numpyLinspace(0.5, 0.95, 10))).toEqual([
      0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.8999999999999999, 0.95,
    ]);
  });

  it('builds the 101 recall thresholds as i * 0.01, ending exactly at 1', () => {
    const r = numpyLinspace(0, 1, 101);
    expect(r.length).toBe(101);
    for (let i = 0; i < 100; i++) expect(r[i]).toBe(i * 0.01);
    expect(r[100]).toBe(1);
  });

  it('returns [start] for a single point', () => {
    expect(Array.from(numpyLinspace(3, 7, 1))).toEqual([3]);
  });
});

describe('cocoParams', () => {
  it('has the bbox defaults of pycocotools 2.0', () => {
    const p = cocoParams('bbox');
    expect(p.maxDets).toEqual([1, 10, 100]);
    expect(p.areaRngLbl).toEqual(['all', 'small', 'medium', 'large']);
    expect(p.areaRng).toEqual([
      [0, 1e10],
      [0, 1024],
      [1024, 9216],
      [9216, 1e10],
    ]);
    // summarize finds .5 and .75 by exact equality.
    expect(p.iouThrs.indexOf(0.5)).toBe(0);
    expect(p.iouThrs.indexOf(0.75)).toBe(5);
  });

  it('has the keypoint defaults: maxDets 20, no small range, the 17 COCO sigmas', () => {
    const p = cocoParams('keypoints');
    expect(p.maxDets).toEqual([20]);
    expect(p.areaRngLbl).toEqual(['all', 'medium', 'large']);
    expect(p.sigmas).toBe(COCO_KEYPOINT_SIGMAS);
    expect(p.sigmas.length).toBe(17);
    expect(p.sigmas[0]).toBe(0.26 / 10);
    expect(p.sigmas[11]).toBe(1.07 / 10);
  });
});
