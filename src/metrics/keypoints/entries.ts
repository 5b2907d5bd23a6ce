/**
 * Registry entries of the keypoint family: `oks` and `pck` of
 * test/reference/FORMAT.md, and the app-only `oks_ring_radius`.
 */
import type { MetricEntry } from '../entry';
import { readMatrix, readNumArray, readNumber } from '../args';
import { assertObject } from '../validate';
import { type KeypointGroundTruth, oks } from './oks';
import { oksRingRadius } from './oksRingRadius';
import { pck } from './pck';

/** Entries `oks`, `pck` and the app-only `oks_ring_radius`. */
export const keypointsEntries: MetricEntry[] = [
  {
    id: 'oks',
    title: 'Object keypoint similarity (OKS)',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{OKS} = \\frac{\\sum_i \\exp\\!\\left(-\\frac{d_i^2}{2 s^2 k_i^2}\\right) \\delta(v_i > 0)}{\\sum_i \\delta(v_i > 0)},\\quad k_i = 2\\sigma_i,\\ s^2 = \\text{area}',
    compute: (args) => {
      const gt = args.gt;
      const dt = args.dt;
      assertObject('gt', gt);
      assertObject('dt', dt);
      // oks() checks every field and names it (gt.keypoints, gt.area, gt.bbox, dt.keypoints).
      return oks(
        gt as unknown as KeypointGroundTruth,
        { keypoints: dt.keypoints as number[] },
        readNumArray(args, 'sigmas'),
      );
    },
  },
  {
    id: 'pck',
    title: 'Percentage of correct keypoints (PCK)',
    higherIsBetter: true,
    range: [0, 1],
    latex:
      '\\mathrm{PCK}@\\alpha = \\frac{1}{|V|} \\sum_{i \\in V} \\left[\\, \\lVert \\hat p_i - p_i \\rVert < \\alpha \\, d_{\\mathrm{ref}} \\right]',
    compute: (args) =>
      pck(
        readMatrix(args, 'pred'),
        readMatrix(args, 'gt'),
        readNumber(args, 'ref_distance'),
        readNumber(args, 'alpha'),
        args.visible === undefined || args.visible === null ? undefined : (args.visible as boolean[]),
      ),
  },
  {
    id: 'oks_ring_radius',
    title: 'OKS tolerance ring radius',
    higherIsBetter: null,
    range: [0, Infinity],
    latex: 'd = 2\\sigma \\sqrt{-2\\, s^2 \\ln(\\mathrm{ks})}',
    compute: (args) =>
      oksRingRadius(readNumber(args, 'similarity'), readNumber(args, 'area'), readNumber(args, 'sigma')),
  },
];
