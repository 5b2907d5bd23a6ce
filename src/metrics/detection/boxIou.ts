/**
 * Intersection over union of two axis-aligned boxes.
 */
import type { BoxXywh, Maybe } from '../types';
import { MetricInputError, isArrayLike } from '../validate';
import { crowdBoxIou } from './coco/crowdBoxIou';

/**
 * Throws a MetricInputError naming `name` unless `box` is [x, y, w, h] with
 * four finite numbers and w, h >= 0.
 */
export function assertBox(name: string, box: unknown): asserts box is BoxXywh {
  if (!isArrayLike(box) || box.length !== 4) {
    throw new MetricInputError(name, 'expected a box [x, y, width, height]');
  }
  for (let i = 0; i < 4; i++) {
    const v = box[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new MetricInputError(name, `element ${i} is ${String(v)}, expected a finite number`);
    }
  }
  if ((box[2] as number) < 0 || (box[3] as number) < 0) {
    throw new MetricInputError(
      name,
      `width and height must be >= 0, got ${String(box[2])} x ${String(box[3])}`,
    );
  }
}

/**
 * IoU(a, b) = |a ∩ b| / |a ∪ b| for boxes [x, y, w, h] in COCO convention
 * (continuous coordinates, no +1), computed by the one box-IoU kernel
 * `crowdBoxIou` (a as the detection, b as a non-crowd ground truth), which is
 * pycocotools `maskUtils.iou` with iscrowd 0 (cocoapi@8c9bcc3, common/maskApi.c `bbIou`):
 * iw = min(xa + wa, xb + wb) - max(xa, xb), ih likewise, intersection
 * iw * ih when both are positive (else 0), union = wa ha + wb hb - intersection.
 *
 * Departure: where the union is 0 (two zero-area boxes) pycocotools returns
 * 0; the IoU is undefined there and we return null. A zero-area box against
 * a box of positive area gives 0, as in pycocotools. Symmetric, in [0, 1].
 *
 * Throws MetricInputError (naming `a` or `b`) for a negative width or
 * height or a non-finite coordinate.
 */
export function boxIou(a: BoxXywh, b: BoxXywh): Maybe {
  assertBox('a', a);
  assertBox('b', b);
  const iou = crowdBoxIou(a, 0, b, 0, false);
  // The union is 0 in two ways: disjoint zero-area boxes (the kernel returns
  // 0, as pycocotools) or an overlap whose areas underflow to 0 (0/0 = NaN).
  if (Number.isNaN(iou) || (iou === 0 && a[2] * a[3] + b[2] * b[3] === 0)) return null;
  return iou;
}
