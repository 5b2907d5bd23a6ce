/**
 * Box IoU with COCO crowd semantics, as pycocotools computes it for
 * `COCOeval.computeIoU` with iouType 'bbox' (`maskUtils.iou(d, g, iscrowd)`,
 * the C function `bbIou` in common/maskApi.c).
 */

/**
 * IoU of detection box `dt` and ground-truth box `gt`, both flat `[x, y, w, h]`
 * quadruples read at offsets `di` and `gi` of their arrays:
 *
 *   w = min(dx + dw, gx + gw) - max(dx, gx),  h = likewise in y,
 *   IoU = 0 when w <= 0 or h <= 0, else w·h / u with
 *   u = dw·dh + gw·gh - w·h, or u = dw·dh (the detection's own area) when the
 *   ground truth is a crowd region.
 *
 * Matches pycocotools `bbIou` operation for operation (same sums, same order),
 * so thresholds compare exactly as they do there. The crowd form measures how
 * much of the detection lies inside the crowd region (Lin et al., "Microsoft
 * COCO: Common Objects in Context", ECCV 2014; cocoapi maskApi.c).
 */
export function crowdBoxIou(
  dt: ArrayLike<number>,
  di: number,
  gt: ArrayLike<number>,
  gi: number,
  crowd: boolean,
): number {
  const dx = dt[di] as number;
  const dy = dt[di + 1] as number;
  const dw = dt[di + 2] as number;
  const dh = dt[di + 3] as number;
  const gx = gt[gi] as number;
  const gy = gt[gi + 1] as number;
  const gw = gt[gi + 2] as number;
  const gh = gt[gi + 3] as number;
  const w = Math.min(dw + dx, gw + gx) - Math.max(dx, gx);
  if (w <= 0) return 0;
  const h = Math.min(dh + dy, gh + gy) - Math.max(dy, gy);
  if (h <= 0) return 0;
  const inter = w * h;
  const da = dw * dh;
  const union = crowd ? da : da + gw * gh - inter;
  return inter / union;
}
