/**
 * Registry entries of the keypoint family: `oks` and `pck` of
 * test/reference/FORMAT.md, the app-only `oks_ring_radius`, and the
 * intermediate "details" the pose figures show: `pose_oks_terms`,
 * `pose_ring_radii`, `pose_pck_terms` and `pose_keypoint_matches`.
 */
import * as v from 'valibot';
import { defineMetric } from '../entry';
import type { NumArray } from '../types';
import { box, extended, finite, matrix, maybeBools, numArray, objectOf } from '../args';
import { oks } from './oks';
import { oksRingRadius } from './oksRingRadius';
import { pck } from './pck';
import { keypointMatches } from './keypointMatches';
import { oksTerms, pckTerms, ringRadii } from './poseTerms';

/** Optional sigmas (COCO's by default). */
const maybeSigmas = v.pipe(
  v.nullish(numArray),
  v.transform((x): NumArray | undefined => x ?? undefined),
);

// oks() and oksTerms() check further (keypoint count, area) and name the field.
const gt = v.object(
  { keypoints: numArray, area: extended, bbox: box },
  'expected an object {keypoints, area, bbox}',
);
const dt = v.object({ keypoints: numArray }, 'expected an object {keypoints}');

/** Entries of the keypoint family. */
export const keypointsEntries = [
  defineMetric({
    id: 'oks',
    args: { gt, dt, sigmas: numArray },
    run: (a) => oks(a.gt, { keypoints: a.dt.keypoints }, a.sigmas),
  }),
  defineMetric({
    id: 'pck',
    args: { pred: matrix, gt: matrix, ref_distance: finite, alpha: finite, visible: maybeBools },
    run: (a) => pck(a.pred, a.gt, a.ref_distance, a.alpha, a.visible),
  }),
  defineMetric({
    id: 'oks_ring_radius',
    args: { similarity: finite, area: finite, sigma: finite },
    run: (a) => oksRingRadius(a.similarity, a.area, a.sigma),
  }),
  /** `pose_oks_terms`: args `gt` {keypoints, area, bbox}, `dt` {keypoints}, optional `sigmas`. */
  defineMetric({
    id: 'pose_oks_terms',
    fields: ['oks', 'similarity', 'counted', 'distance', 'sigma', 'k', 'area'],
    args: { gt, dt, sigmas: maybeSigmas },
    run: (a) => oksTerms(a.gt, { keypoints: a.dt.keypoints }, a.sigmas),
  }),
  /** `pose_ring_radii`: args `area`, `similarities`, optional `sigmas`. */
  defineMetric({
    id: 'pose_ring_radii',
    args: { area: finite, similarities: numArray, sigmas: maybeSigmas },
    run: (a) => ringRadii(a.area, Array.from(a.similarities), a.sigmas),
  }),
  /**
   * `pose_pck_terms`: args `pred`, `gt` (17 [x, y] rows, COCO order),
   * `reference` ("torso" | "head"), `alpha`, optional `visible`.
   */
  defineMetric({
    id: 'pose_pck_terms',
    fields: ['pck', 'ref_distance', 'threshold', 'distance', 'correct'],
    args: {
      pred: matrix,
      gt: matrix,
      reference: v.picklist(['torso', 'head'], 'expected "torso" or "head"'),
      alpha: finite,
      visible: maybeBools,
    },
    run: (a) => pckTerms(a.pred, a.gt, a.reference, a.alpha, a.visible),
  }),
  /** `pose_keypoint_matches`: args as `coco_eval` keypoints (`gt` COCO JSON, `dt` results); checked inside. */
  defineMetric({
    id: 'pose_keypoint_matches',
    args: { gt: objectOf<object>(), dt: v.array(objectOf<object>(), 'expected an array of results') },
    run: (a) => keypointMatches(a.gt, a.dt),
  }),
] as const;
