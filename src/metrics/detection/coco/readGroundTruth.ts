/**
 * Reads a COCO ground-truth JSON (`images`, `annotations`, `categories`) into
 * flat typed arrays, checking every field. Mirrors what pycocotools `COCO`
 * plus `COCOeval._prepare` keep of it: sorted unique image and category ids,
 * and per annotation its image, category, box, `area`, crowd flag and ignore flag.
 */
import { MetricInputError, assertObject } from '../../validate';
import { copyBox, copyNumbers, fieldPath, finiteField, idIndexField, listArg, recordAt } from './fields';
import type { CocoIouType } from './params';

/** Ground truth as flat arrays; annotation j's fields sit at index j (boxes at 4j, keypoints at 3Kj). */
export interface CocoGroundTruth {
  /** Image ids, sorted ascending and unique (COCOeval `params.imgIds`). */
  readonly imgIds: readonly number[];
  /** Category ids, sorted ascending and unique (COCOeval `params.catIds`). */
  readonly catIds: readonly number[];
  readonly count: number;
  /** Index into imgIds of each annotation. */
  readonly img: Int32Array;
  /** Index into catIds of each annotation. */
  readonly cat: Int32Array;
  /** `[x, y, w, h]` per annotation. */
  readonly box: Float64Array;
  /** The annotation's `area` field (used for the area ranges, not w·h). */
  readonly area: Float64Array;
  /** 1 where `iscrowd` is set. */
  readonly crowd: Uint8Array;
  /** COCOeval's `ignore`: iscrowd, or (keypoints) num_keypoints == 0. */
  readonly ignore: Uint8Array;
  /** `[x, y, v] * K` per annotation (keypoints only; empty for bbox). */
  readonly keypoints: Float64Array;
}

/** Sorted unique `id` fields of `gt.<name>`, and a map from id to its index there. */
function readIds(gt: Record<string, unknown>, name: string): { ids: number[]; index: Map<number, number> } {
  const base = `gt.${name}`;
  const list = listArg(gt[name], base);
  const seen = new Set<number>();
  for (let i = 0; i < list.length; i++) seen.add(finiteField(recordAt(list, base, i), 'id', base, i));
  const ids = [...seen].sort((a, b) => a - b);
  return { ids, index: new Map(ids.map((id, i) => [id, i])) };
}

/**
 * Reads and checks `gt` for `iouType`. Invalid input throws MetricInputError
 * naming the field: missing lists, an annotation whose image or category is
 * not listed, a non-finite number, a negative box size or area, keypoints of
 * the wrong length, an annotation id of 0 or a repeated one (pycocotools
 * records a match as the gt id, so id 0 would count as "no match", and it
 * collapses repeated ids). `id`, `iscrowd` (default 0) and `num_keypoints`
 * (default: the number of keypoints with v > 0) are optional.
 * An `ignore` field has no effect: pycocotools 2.0 `_prepare` reads it and then
 * overwrites it with `iscrowd` (`gt['ignore'] = 'iscrowd' in gt and gt['iscrowd']`).
 */
export function readGroundTruth(value: unknown, iouType: CocoIouType, numKeypoints: number): CocoGroundTruth {
  assertObject('gt', value);
  const images = readIds(value, 'images');
  const cats = readIds(value, 'categories');
  const base = 'gt.annotations';
  const list = listArg(value.annotations, base);
  const n = list.length;
  const kpLen = iouType === 'keypoints' ? 3 * numKeypoints : 0;
  const gt = {
    imgIds: images.ids,
    catIds: cats.ids,
    count: n,
    img: new Int32Array(n),
    cat: new Int32Array(n),
    box: new Float64Array(4 * n),
    area: new Float64Array(n),
    crowd: new Uint8Array(n),
    ignore: new Uint8Array(n),
    keypoints: new Float64Array(kpLen * n),
  };
  const annIds = new Set<number>();
  for (let j = 0; j < n; j++) {
    const rec = recordAt(list, base, j);
    if (rec.id !== undefined) {
      const id = finiteField(rec, 'id', base, j);
      if (id === 0 || annIds.has(id)) {
        throw new MetricInputError(
          fieldPath(base, j, 'id'),
          id === 0 ? 'must not be 0' : `${id} is repeated`,
        );
      }
      annIds.add(id);
    }
    gt.img[j] = idIndexField(rec, 'image_id', base, j, images.index, 'image');
    gt.cat[j] = idIndexField(rec, 'category_id', base, j, cats.index, 'category');
    copyBox(rec, base, j, gt.box, 4 * j);
    const area = finiteField(rec, 'area', base, j);
    if (area < 0) throw new MetricInputError(fieldPath(base, j, 'area'), `must be >= 0, got ${area}`);
    gt.area[j] = area;
    const crowd = readCrowd(rec, base, j);
    gt.crowd[j] = crowd;
    let ignore = crowd;
    if (iouType === 'keypoints') {
      copyNumbers(rec, 'keypoints', base, j, kpLen, gt.keypoints, kpLen * j);
      if (readNumKeypoints(rec, base, j, gt.keypoints, kpLen * j, numKeypoints) === 0) ignore = 1;
    }
    gt.ignore[j] = ignore;
  }
  return gt;
}

function readCrowd(rec: Record<string, unknown>, base: string, j: number): 0 | 1 {
  const v = rec.iscrowd;
  if (v === undefined || v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return finiteField(rec, 'iscrowd', base, j) !== 0 ? 1 : 0;
}

function readNumKeypoints(
  rec: Record<string, unknown>,
  base: string,
  j: number,
  kps: Float64Array,
  offset: number,
  k: number,
): number {
  if (rec.num_keypoints !== undefined && rec.num_keypoints !== null) {
    const v = finiteField(rec, 'num_keypoints', base, j);
    if (!Number.isInteger(v) || v < 0) {
      throw new MetricInputError(
        fieldPath(base, j, 'num_keypoints'),
        `expected a non-negative integer, got ${v}`,
      );
    }
    return v;
  }
  let visible = 0;
  for (let i = 0; i < k; i++) if ((kps[offset + 3 * i + 2] as number) > 0) visible++;
  return visible;
}
