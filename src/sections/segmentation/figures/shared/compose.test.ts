import { describe, expect, it } from 'vitest';
import { boundaryMask, composePicture, type OverlayOptions } from './compose';
import { groundTruth, scenePhoto } from '../../../../scenes/segmentation/scene';
import { presetPrediction } from '../../../../scenes/segmentation/presets';
import { SCENE_HEIGHT, SCENE_WIDTH } from '../../../../scenes/segmentation/classes';

const off: OverlayOptions = { truth: false, prediction: false, errors: false, errorClass: 'all' };

describe('boundaryMask', () => {
  it('marks the ring of a square and not its inside or the background', () => {
    const w = 5;
    const labels = [0, 0, 0, 0, 0, 0, 2, 2, 2, 0, 0, 2, 2, 2, 0, 0, 2, 2, 2, 0, 0, 0, 0, 0, 0];
    const edge = Array.from(boundaryMask(labels, w, 5));
    expect(edge.reduce((a, b) => a + b, 0)).toBe(8);
    expect(edge[12]).toBe(0);
    expect(edge[0]).toBe(0);
  });

  it('does not count the map edge as a boundary', () => {
    expect(Array.from(boundaryMask([1, 1, 1, 1], 2, 2))).toEqual([0, 0, 0, 0]);
  });
});

describe('composePicture', () => {
  const photo = scenePhoto();
  const gt = groundTruth();
  const pred = presetPrediction('sloppy', gt);
  const draw = (o: Partial<OverlayOptions>) =>
    composePicture(photo, gt, pred, SCENE_WIDTH, SCENE_HEIGHT, { ...off, ...o });
  const differs = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.some((v, i) => v !== b[i]);

  it('with no overlay is the photo itself (a copy)', () => {
    const out = draw({});
    expect(differs(out, photo)).toBe(false);
    expect(out).not.toBe(photo);
  });

  it('each overlay changes the picture on its own', () => {
    const base = draw({});
    expect(differs(draw({ truth: true }), base)).toBe(true);
    expect(differs(draw({ prediction: true }), base)).toBe(true);
    expect(differs(draw({ errors: true }), base)).toBe(true);
    expect(differs(draw({ errors: true, errorClass: 3 }), draw({ errors: true, errorClass: 2 }))).toBe(true);
  });

  it('colours a person pixel blue when found and reddish purple when missed', () => {
    let i = gt.findIndex((v, k) => v === 3 && ((k % SCENE_WIDTH) + Math.floor(k / SCENE_WIDTH)) % 2 === 0);
    expect(i).toBeGreaterThan(0);
    const found = composePicture(photo, gt, gt, SCENE_WIDTH, SCENE_HEIGHT, { ...off, errors: true });
    expect(found[i * 4 + 2]!).toBeGreaterThan(found[i * 4]! + 60);
    const missed = composePicture(photo, gt, presetPrediction('lazy', gt), SCENE_WIDTH, SCENE_HEIGHT, {
      ...off,
      errors: true,
    });
    expect(missed[i * 4]!).toBeGreaterThan(missed[i * 4 + 1]! + 40);
    i = 0; // sky: neither TP, FP nor FN, greyed
    expect(Math.abs(found[i * 4]! - found[i * 4 + 2]!)).toBeLessThan(
      Math.abs(photo[i * 4]! - photo[i * 4 + 2]!),
    );
  });

  it('at scale 4 draws thin outlines between label pixels: white inside, black outside', () => {
    const w = 3;
    const tiny = new Uint8ClampedArray(9 * 4).fill(128);
    const labels = [0, 0, 0, 0, 2, 0, 0, 0, 0];
    const out = composePicture(tiny, labels, labels, w, 3, { ...off, truth: true }, 4);
    expect(out).toHaveLength(12 * 12 * 4);
    const at = (X: number, Y: number) => out[(Y * 12 + X) * 4];
    expect(at(4, 6)).toBe(255); // left column of the object pixel
    expect(at(3, 6)).toBe(0); // right column of the background pixel to its left
    expect(at(6, 6)).toBe(128); // inside the object pixel
    expect(at(1, 1)).toBe(128); // far from any boundary
    expect(at(4, 4)).toBe(255); // the object's top-left corner
  });

  it('at scale 4 hatches false negatives and refuses a bad scale', () => {
    const out = composePicture(
      photo,
      gt,
      presetPrediction('lazy', gt),
      SCENE_WIDTH,
      SCENE_HEIGHT,
      { ...off, errors: true },
      4,
    );
    expect(out).toHaveLength(SCENE_WIDTH * SCENE_HEIGHT * 16 * 4);
    expect(() => composePicture(photo, gt, gt, SCENE_WIDTH, SCENE_HEIGHT, off, 0)).toThrow(RangeError);
  });

  it('refuses inputs of different sizes', () => {
    expect(() => composePicture(photo, gt, new Uint8Array(3), SCENE_WIDTH, SCENE_HEIGHT, off)).toThrow(
      RangeError,
    );
  });
});
