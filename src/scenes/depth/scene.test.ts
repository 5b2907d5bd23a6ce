import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CAMERA_HEIGHT, SCENE_BOXES, defaultScene, rayBoxEntry, renderScene, type SceneBox } from './scene';

const unitBox: SceneBox = { name: 'unit', x: [-1, 1], y: [-1, 1], z: [4, 6] };

describe('rayBoxEntry', () => {
  it('hits the front face of a box straight ahead', () => {
    expect(rayBoxEntry([0, 0, 0], [0, 0, 1], unitBox)).toBe(4);
  });

  it('misses a box to the side and one behind the camera', () => {
    expect(rayBoxEntry([0, 0, 0], [1, 0, 1], unitBox)).toBe(Infinity);
    expect(rayBoxEntry([0, 0, 0], [0, 0, -1], unitBox)).toBe(Infinity);
    // parallel to a slab and outside it
    expect(rayBoxEntry([0, 5, 0], [0, 0, 1], unitBox)).toBe(Infinity);
  });

  it('hits a floor below the camera at height / |dy|', () => {
    const floor: SceneBox = { name: 'floor', x: [-10, 10], y: [-1, 0], z: [0, 100] };
    expect(rayBoxEntry([0, 1.5, 0], [0, -0.5, 1], floor)).toBeCloseTo(3, 12);
  });

  it('gives a hit point on the box surface whenever it hits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        (dx, dy) => {
          const t = rayBoxEntry([0, 0, 0], [dx, dy, 1], unitBox);
          if (!Number.isFinite(t)) return Math.abs(dx * 4) > 1 || Math.abs(dy * 4) > 1;
          const p = [dx * t, dy * t, t];
          return (
            p[0]! >= -1 - 1e-9 &&
            p[0]! <= 1 + 1e-9 &&
            p[1]! >= -1 - 1e-9 &&
            p[1]! <= 1 + 1e-9 &&
            t >= 4 - 1e-9
          );
        },
      ),
    );
  });
});

describe('renderScene', () => {
  const scene = defaultScene();

  it('is 160 x 120 and the same object on every call', () => {
    expect(scene.width).toBe(160);
    expect(scene.height).toBe(120);
    expect(scene.gt.length).toBe(160 * 120);
    expect(defaultScene()).toBe(scene);
  });

  it('keeps every depth below 40 m and has a sky without ground truth', () => {
    let sky = 0;
    let max = 0;
    let min = Infinity;
    for (const g of scene.gt) {
      if (g > max) max = g;
      if (g < min) min = g;
      if (g === 0) sky++;
    }
    expect(max).toBeLessThan(40);
    expect(min).toBe(0);
    expect(sky).toBeGreaterThan(500);
    // the top centre of the image looks at the sky
    expect(scene.gt[80]).toBe(0);
  });

  it('has 2 to 10 times as many near pixels (< 3 m) as far ones (> 20 m)', () => {
    let near = 0;
    let far = 0;
    for (const g of scene.gt) {
      if (g > 0 && g < 3) near++;
      if (g > 20) far++;
    }
    expect(far).toBeGreaterThan(0);
    expect(near / far).toBeGreaterThanOrEqual(2);
    expect(near / far).toBeLessThanOrEqual(10);
  });

  it('puts the floor at z = h f / (v + 0.5 - cy) in the bottom row', () => {
    const f = 0.625 * 160;
    const cy = 120 / 3;
    const v = 119;
    // column 20 of the bottom row sees open floor (left of the crate)
    expect(scene.gt[v * 160 + 20]).toBeCloseTo((CAMERA_HEIGHT * f) / (v + 0.5 - cy), 10);
  });

  it('renders an empty world as all sky and rejects bad sizes', () => {
    const empty = renderScene(4, 3, []);
    expect(Array.from(empty.gt)).toEqual(new Array(12).fill(0));
    expect(() => renderScene(0, 3)).toThrow(/width/);
    expect(() => renderScene(3, 1.5)).toThrow(/height/);
    expect(SCENE_BOXES.length).toBeGreaterThan(5);
  });
});
