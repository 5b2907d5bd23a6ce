/**
 * App-only registry entries of the pose section's widgets (not FORMAT.md
 * metrics): `pose_oks_terms`, `pose_ring_radii`, `pose_pck_terms` and
 * `pose_keypoint_matches`.
 */
import type { MetricEntry } from '../entry';
import { readMatrix, readNumArray, readNumber } from '../args';
import { MetricInputError, assertObject } from '../validate';
import type { KeypointGroundTruth } from '../keypoints/oks';
import { keypointMatches } from './keypointMatches';
import { oksTerms, pckTerms, ringRadii, type PckReference } from './poseTerms';

function readSigmas(args: Record<string, unknown>) {
  return args.sigmas === undefined || args.sigmas === null ? undefined : readNumArray(args, 'sigmas');
}

function readReference(args: Record<string, unknown>): PckReference {
  const v = args.reference;
  if (v !== 'torso' && v !== 'head') {
    throw new MetricInputError('reference', `expected "torso" or "head", got ${String(v)}`);
  }
  return v;
}

function readVisible(args: Record<string, unknown>): boolean[] | undefined {
  const v = args.visible;
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw new MetricInputError('visible', 'expected an array of booleans');
  return v as boolean[];
}

/**
 * `pose_oks_terms`: args `gt` {keypoints, area, bbox}, `dt` {keypoints},
 * optional `sigmas` (COCO's by default). Result: {@link oksTerms}.
 */
export function poseOksTerms(args: Record<string, unknown>) {
  assertObject('gt', args.gt);
  assertObject('dt', args.dt);
  return oksTerms(
    args.gt as unknown as KeypointGroundTruth,
    { keypoints: args.dt.keypoints as number[] },
    readSigmas(args),
  );
}

/** `pose_ring_radii`: args `area`, `similarities`, optional `sigmas`. Result: {@link ringRadii}. */
export function poseRingRadii(args: Record<string, unknown>) {
  return ringRadii(
    readNumber(args, 'area'),
    Array.from(readNumArray(args, 'similarities')),
    readSigmas(args),
  );
}

/**
 * `pose_pck_terms`: args `pred`, `gt` (17 [x, y] rows, COCO order),
 * `reference` ("torso" | "head"), `alpha`, optional `visible`. Result: {@link pckTerms}.
 */
export function posePckTerms(args: Record<string, unknown>) {
  return pckTerms(
    readMatrix(args, 'pred'),
    readMatrix(args, 'gt'),
    readReference(args),
    readNumber(args, 'alpha'),
    readVisible(args),
  );
}

/** Entries of the pose section's widgets. */
export const poseWidgetsEntries: MetricEntry[] = [
  {
    id: 'pose_oks_terms',
    title: 'OKS with its per-keypoint distances, constants and similarities',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{ks}_i = \\exp\\!\\left(-\\frac{d_i^2}{2 s^2 k_i^2}\\right),\\quad \\mathrm{OKS} = \\frac{1}{n}\\sum_{v_i > 0} \\mathrm{ks}_i',
    compute: poseOksTerms,
  },
  {
    id: 'pose_ring_radii',
    title: 'OKS tolerance ring radii of every keypoint',
    higherIsBetter: null,
    range: [0, Infinity],
    latex: 'd = 2\\sigma_i \\sqrt{-2\\, s^2 \\ln(\\mathrm{ks})}',
    compute: poseRingRadii,
  },
  {
    id: 'pose_pck_terms',
    title: 'PCK with its reference length and per-keypoint verdicts',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{PCK}@\\alpha = \\frac{1}{n} \\sum_i \\left[\\, d_i < \\alpha \\, d_{\\mathrm{ref}} \\right]',
    compute: posePckTerms,
  },
  {
    id: 'pose_keypoint_matches',
    title: 'COCO keypoint evaluation: every detection at every OKS threshold',
    higherIsBetter: true,
    range: [0, 1],
    latex: '\\text{TP at } t \\iff \\mathrm{OKS}(\\hat p, p) \\ge t',
    compute: (args) => keypointMatches(args.gt, args.dt),
  },
];
