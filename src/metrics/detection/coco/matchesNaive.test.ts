import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallBboxCoco, smallKeypointCoco, type SmallCoco } from './arbitraries.test-helper';
import { cocoEval } from './cocoEval';
import type { CocoIouType } from './params';
import { naiveCocoEval } from './naiveCocoEval.test-helper';

const CASES = fileURLToPath(new URL('../../../../test/reference/cases/coco_eval.json', import.meta.url));

interface Case {
  id: string;
  args: { iou_type: CocoIouType; gt: never; dt: never };
  expected: { stats: number[] };
}

function closeArrays(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number): string | null {
  if (actual.length !== expected.length) return `length ${actual.length} vs ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    if (!(Math.abs((actual[i] as number) - (expected[i] as number)) <= tol)) {
      return `index ${i}: ${actual[i]} vs ${expected[i]}`;
    }
  }
  return null;
}

function agree(iouType: CocoIouType, data: SmallCoco): void {
  const fast = cocoEval({ iouType, gt: data.gt, dt: data.dt });
  const naive = naiveCocoEval(iouType, data.gt, data.dt as never);
  expect(closeArrays(fast.precision.data, naive.precision, 0)).toBeNull();
  expect(closeArrays(fast.recall.data, naive.recall, 0)).toBeNull();
  const stats = fast.stats.map((v) => (v === null ? -1 : v));
  expect(closeArrays(stats, naive.stats, 1e-12)).toBeNull();
}

describe('the plain step-by-step reference helper', () => {
  it('itself reproduces the pycocotools cases (so it can judge the fast code)', () => {
    const cases = JSON.parse(readFileSync(CASES, 'utf8')) as Case[];
    for (const c of cases) {
      const naive = naiveCocoEval(c.args.iou_type, c.args.gt, c.args.dt);
      expect(closeArrays(naive.stats, c.expected.stats, 1e-6), c.id).toBeNull();
    }
  });
});

describe('cocoEval agrees with the step-by-step evaluation', () => {
  it('on random small box sets (precision and recall tables equal exactly)', () => {
    fc.assert(
      fc.property(smallBboxCoco, (data) => agree('bbox', data)),
      { numRuns: 300 },
    );
  });

  it('on random small keypoint sets, including more detections than maxDets (20)', () => {
    fc.assert(
      fc.property(smallKeypointCoco, (data) => agree('keypoints', data)),
      { numRuns: 200 },
    );
  });

  it('on a synthetic set with more than 100 detections per image and category', async () => {
    const { makeSyntheticCoco } = await import('./synthetic');
    const data = makeSyntheticCoco({ images: 6, categories: 2, gtPerImage: 5, dtPerImage: 230, seed: 3 });
    agree('bbox', data as unknown as SmallCoco);
  });
});
