import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SKY_PREDICTION, predictDepth } from './prediction';
import { defaultScene, renderScene } from './scene';

const scene = defaultScene();
const perfect = { scale: 1, nearNoise: 0, farNoise: 0, edgeBlur: 0 };

describe('predictDepth', () => {
  it('equals the ground truth with no error, and predicts the sky at the fixed depth', () => {
    const p = predictDepth(scene, perfect);
    for (let i = 0; i < p.length; i++) {
      expect(p[i]).toBe(scene.gt[i]! > 0 ? scene.gt[i] : SKY_PREDICTION);
    }
  });

  it('multiplies every depth with ground truth by the scale, and leaves the sky fixed', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 2, noNaN: true }), (scale) => {
        const p = predictDepth(scene, { ...perfect, scale });
        for (let i = 0; i < p.length; i += 37) {
          const g = scene.gt[i]!;
          const want = g > 0 ? scale * g : SKY_PREDICTION;
          if (Math.abs(p[i]! - want) > 1e-12 * want) return false;
        }
        return true;
      }),
      { numRuns: 20 },
    );
  });

  it('adds near noise only under 3 m and far noise only over 20 m', () => {
    const near = predictDepth(scene, { ...perfect, nearNoise: 0.1 });
    const far = predictDepth(scene, { ...perfect, farNoise: 0.1 });
    let nearChanged = 0;
    let farChanged = 0;
    for (let i = 0; i < scene.gt.length; i++) {
      const g = scene.gt[i]!;
      const base = g > 0 ? g : SKY_PREDICTION;
      if (near[i] !== base) {
        nearChanged++;
        expect(g > 0 && g < 3).toBe(true);
      }
      if (far[i] !== base) {
        farChanged++;
        expect(g > 20).toBe(true);
      }
    }
    expect(nearChanged).toBeGreaterThan(1000);
    expect(farChanged).toBeGreaterThan(500);
  });

  it('gives noise with a standard deviation close to sigma times the true depth', () => {
    const p = predictDepth(scene, { ...perfect, nearNoise: 0.1 });
    let s2 = 0;
    let n = 0;
    for (let i = 0; i < p.length; i++) {
      const g = scene.gt[i]!;
      if (g > 0 && g < 3) {
        s2 += ((p[i]! - g) / g) ** 2;
        n++;
      }
    }
    expect(Math.sqrt(s2 / n)).toBeGreaterThan(0.095);
    expect(Math.sqrt(s2 / n)).toBeLessThan(0.105);
  });

  it('is the same for the same seed and differs for another seed', () => {
    const c = { ...perfect, nearNoise: 0.05 };
    expect(predictDepth(scene, c)).toEqual(predictDepth(scene, c));
    expect(predictDepth(scene, { ...c, seed: 1 })).not.toEqual(predictDepth(scene, c));
  });

  it('smears edges with blur: a pixel of the near crate next to the far wall moves towards it', () => {
    const blurred = predictDepth(scene, { ...perfect, edgeBlur: 2 });
    let moved = 0;
    for (let i = 0; i < blurred.length; i++) {
      const g = scene.gt[i]!;
      if (g > 0 && Math.abs(blurred[i]! - g) > 0.5) moved++;
    }
    expect(moved).toBeGreaterThan(100);
  });

  it('rejects controls out of range, naming them', () => {
    const tiny = renderScene(2, 2);
    expect(() => predictDepth(tiny, { ...perfect, scale: 0 })).toThrow(/scale/);
    expect(() => predictDepth(tiny, { ...perfect, nearNoise: -0.1 })).toThrow(/near_noise/);
    expect(() => predictDepth(tiny, { ...perfect, farNoise: 2 })).toThrow(/far_noise/);
    expect(() => predictDepth(tiny, { ...perfect, edgeBlur: NaN })).toThrow(/edge_blur/);
  });
});
