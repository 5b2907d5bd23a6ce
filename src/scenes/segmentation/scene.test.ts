import { describe, expect, it } from 'vitest';
import { CLASS_ID, SCENE_HEIGHT, SCENE_WIDTH } from './classes';
import { SCENE_PEOPLE, groundTruth, sceneLabelAt, scenePhoto } from './scene';
import { components } from './morphology';

const gt = groundTruth();
const share = (cls: number) => gt.reduce((n, v) => n + (v === cls ? 1 : 0), 0) / gt.length;

describe('the street scene', () => {
  it('is mostly background: about 90 % of the pixels', () => {
    expect(share(CLASS_ID.background)).toBeGreaterThan(0.88);
    expect(share(CLASS_ID.background)).toBeLessThan(0.92);
  });

  it('matches the shares the prose quotes: about 6 % sidewalk and 4 % cars', () => {
    expect(share(CLASS_ID.sidewalk)).toBeGreaterThan(0.05);
    expect(share(CLASS_ID.sidewalk)).toBeLessThan(0.07);
    expect(share(CLASS_ID.car)).toBeGreaterThan(0.03);
    expect(share(CLASS_ID.car)).toBeLessThan(0.05);
  });

  it('has every class, with people the rarest (under 1 %)', () => {
    for (const cls of [CLASS_ID.sidewalk, CLASS_ID.car, CLASS_ID.person])
      expect(share(cls)).toBeGreaterThan(0);
    expect(share(CLASS_ID.person)).toBeLessThan(0.01);
    expect(share(CLASS_ID.person)).toBeLessThan(share(CLASS_ID.car));
  });

  it('has three separate people, each standing at its listed position', () => {
    const people = components({ width: SCENE_WIDTH, height: SCENE_HEIGHT, data: gt }).filter(
      (c) => c.cls === CLASS_ID.person,
    );
    expect(people).toHaveLength(SCENE_PEOPLE.length);
    for (const p of SCENE_PEOPLE)
      expect(sceneLabelAt(Math.floor(p.x), p.feet - Math.round(p.height / 2))).toBe(3);
  });

  it('returns a fresh copy each time', () => {
    const a = groundTruth();
    a[0] = 3;
    expect(groundTruth()[0]).toBe(0);
  });

  it('paints an opaque picture of the same size', () => {
    const photo = scenePhoto();
    expect(photo).toHaveLength(SCENE_WIDTH * SCENE_HEIGHT * 4);
    for (let i = 3; i < photo.length; i += 4) expect(photo[i]).toBe(255);
  });
});
