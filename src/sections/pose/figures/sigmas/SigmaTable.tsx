/**
 * COCO's per-keypoint constants σ (pycocotools' `kpt_oks_sigmas`, left and
 * right shared) and k = 2σ, as a small table for the "For implementers"
 * block of the pose section. It stacks into cards on phones.
 */
import { poseText } from '../../../../i18n/pose';

/** The published σ of each joint group, in COCO's keypoint order. */
export const COCO_SIGMAS: readonly (readonly [group: string, sigma: number])[] = [
  ['nose', 0.026],
  ['eye', 0.025],
  ['ear', 0.035],
  ['shoulder', 0.079],
  ['elbow', 0.072],
  ['wrist', 0.062],
  ['hip', 0.107],
  ['knee', 0.087],
  ['ankle', 0.089],
];

/** The σ table. */
export function SigmaTable() {
  const t = poseText.sigmas;
  return (
    <table className="ba-table ba-table--stack text-sm">
      <caption className="mb-1 text-left font-semibold">{t.caption}</caption>
      <thead>
        <tr className="text-left">
          <th scope="col">{t.joint}</th>
          <th scope="col">{t.sigma}</th>
          <th scope="col">{t.k}</th>
        </tr>
      </thead>
      <tbody>
        {COCO_SIGMAS.map(([group, sigma]) => (
          <tr key={group} className="border-t border-border">
            <th scope="row" className="pr-4 text-left font-normal" data-label={t.joint}>
              {poseText.rings.groups[group] ?? group}
            </th>
            <td className="pr-4 tabular-nums" data-label={t.sigma}>
              {sigma.toFixed(3)}
            </td>
            <td className="tabular-nums" data-label={t.k}>
              {(2 * sigma).toFixed(3)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
