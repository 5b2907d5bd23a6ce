/**
 * The small-sample bias of FID: two samples of the same real distribution,
 * compared at N = 50, 500 and 5,000, several seeded repeats. Each repeat
 * draws two samples of 5,000 points and uses their first N points, so every
 * size of one repeat shares its seed (the N = 50 sample is the start of the
 * N = 5,000 one).
 */
import { sampleReal } from './ring';
import { fidSplit } from './fidScene';

/** The sample sizes compared. */
export const SMALL_SIZES = [50, 500, 5000] as const;
/** Repeats per size. */
export const SMALL_REPEATS = 10;

/** FID of every repeat at every size, and the mean per size. */
export interface SmallSampleResult {
  sizes: number[];
  /** fid[s][r]: size index s, repeat r. */
  fid: number[][];
  mean: number[];
}

/** The two seeds of repeat r for the reader's seed. */
function pairSeeds(seed: number, r: number): [number, number] {
  const base = (Math.imul(seed, 0x9e3779b1) + Math.imul(r + 1, 0x85ebca6b)) >>> 0;
  return [base, (base ^ 0x5bd1e995) >>> 0];
}

/** FID between two real samples at each size, `SMALL_REPEATS` repeats from `seed`. */
export function smallSampleFid(seed: number): SmallSampleResult {
  const max = SMALL_SIZES[SMALL_SIZES.length - 1]!;
  const fid: number[][] = SMALL_SIZES.map(() => []);
  for (let r = 0; r < SMALL_REPEATS; r++) {
    const [sa, sb] = pairSeeds(seed, r);
    const a = sampleReal(max, sa);
    const b = sampleReal(max, sb);
    SMALL_SIZES.forEach((n, s) => {
      fid[s]!.push(fidSplit(a.subarray(0, 2 * n), b.subarray(0, 2 * n)).fid_features);
    });
  }
  return {
    sizes: [...SMALL_SIZES],
    fid,
    mean: fid.map((row) => row.reduce((t, x) => t + x, 0) / row.length),
  };
}
