/**
 * Checks a reader's COCO ground-truth JSON before the evaluation and collects
 * what the Lab shows about it (category names, crowd annotations, what each
 * image holds). Every problem is a LabInputError naming the file, the entry
 * and the field; a results list given as ground truth is recognised as such.
 */
import { LabInputError } from '../jobs/types';
import type { CocoIouType } from '../../metrics/detection/coco/params';
import {
  boxField,
  countText,
  describeValue,
  entryError,
  entryRecord,
  keypointsField,
  numberField,
  type EntryPlace,
} from './entryFields';

/** What the Lab keeps of a checked ground truth. */
export interface GroundTruthFacts {
  /** Image ids sorted ascending (the evaluation's image order). */
  readonly imageIds: Float64Array;
  /** Index into imageIds of an image id. */
  readonly imageIndex: Map<number, number>;
  /** Category ids sorted ascending (the evaluation's category order). */
  readonly categoryIds: number[];
  /** Index into categoryIds of a category id. */
  readonly categoryIndex: Map<number, number>;
  /** Each category's `name` (or `category <id>`), in categoryIds order. */
  readonly categoryNames: string[];
  readonly annotations: number;
  /** Annotations per image (imageIds order), crowd ones included. */
  readonly gtPerImage: Int32Array;
  /** Crowd annotations per image (imageIds order). */
  readonly crowdPerImage: Int32Array;
  /** Annotations per image that COCOeval ignores: crowd, or (keypoints) none visible. */
  readonly ignoredPerImage: Int32Array;
  /** 1 for a crowd annotation (annotation input order). */
  readonly crowd: Uint8Array;
  /** Annotations per category (categoryIds order), crowd ones included. */
  readonly gtPerCategory: Int32Array;
  /** Keypoints only: annotations with no visible keypoint (COCOeval ignores them). */
  readonly noVisibleKeypoints: number;
}

function gtList(gt: Record<string, unknown>, file: string, key: string): unknown[] {
  const v = gt[key];
  if (v === undefined) {
    throw new LabInputError(
      file,
      `field "${key}"`,
      'is missing: a COCO ground-truth file has "images", "annotations" and "categories"',
    );
  }
  if (!Array.isArray(v))
    throw new LabInputError(file, `field "${key}"`, `is ${describeValue(v)}, expected a list`);
  if (v.length === 0)
    throw new LabInputError(file, `field "${key}"`, 'is empty: there is nothing to evaluate');
  return v;
}

/** The ground truth as an object, or an error saying what the file is instead (a results list, …). */
function gtObject(value: unknown, file: string): Record<string, unknown> {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    const looksLikeResults =
      typeof first === 'object' && first !== null && 'score' in first && 'image_id' in first;
    throw new LabInputError(
      file,
      '',
      looksLikeResults
        ? 'is a COCO results list (its entries have "score"), not a ground-truth file; choose it as the results file'
        : 'is a list, expected a COCO ground-truth object with "images", "annotations" and "categories"',
    );
  }
  if (typeof value !== 'object' || value === null) {
    throw new LabInputError(
      file,
      '',
      `is ${describeValue(value)}, expected a COCO ground-truth object with "images", "annotations" and "categories"`,
    );
  }
  return value as Record<string, unknown>;
}

/** Sorted unique ids of `list` (images or categories), refusing a repeated or missing id. */
function uniqueIds(
  list: readonly unknown[],
  place: EntryPlace,
): { ids: number[]; index: Map<number, number> } {
  const firstAt = new Map<number, number>();
  for (let i = 0; i < list.length; i++) {
    place.index = i;
    const id = numberField(entryRecord(list, i, place), 'id', place);
    const before = firstAt.get(id);
    if (before !== undefined) {
      throw entryError(place, `id ${id} is repeated (${place.noun} ${countText(before + 1)} has it too)`);
    }
    firstAt.set(id, i);
  }
  const ids = [...firstAt.keys()].sort((a, b) => a - b);
  return { ids, index: new Map(ids.map((id, i) => [id, i])) };
}

/**
 * Checks `value` (a parsed ground-truth file called `file`) for `iouType`
 * with `numKeypoints` keypoints per annotation (keypoints only): the three
 * lists present and not empty; image and category ids numbers, not repeated;
 * every annotation with a known image_id and category_id, a box of four
 * finite numbers with width and height >= 0, a finite `area` >= 0, an `id`
 * (optional) that is not 0 and not repeated, and (keypoints) 3·K finite
 * keypoint values.
 */
export function checkGroundTruth(
  value: unknown,
  file: string,
  iouType: CocoIouType,
  numKeypoints: number,
): GroundTruthFacts {
  const gt = gtObject(value, file);
  const images = gtList(gt, file, 'images');
  const categories = gtList(gt, file, 'categories');
  const annotations = gtList(gt, file, 'annotations');
  const img = uniqueIds(images, { file, noun: 'image', index: 0 });
  const cat = uniqueIds(categories, { file, noun: 'category', index: 0 });
  const categoryNames = cat.ids.map((id) => `category ${id}`);
  for (const c of categories) {
    const rec = c as Record<string, unknown>;
    if (typeof rec.name === 'string' && rec.name.trim() !== '') {
      categoryNames[cat.index.get(rec.id as number) as number] = rec.name;
    }
  }
  const gtPerImage = new Int32Array(img.ids.length);
  const crowdPerImage = new Int32Array(img.ids.length);
  const ignoredPerImage = new Int32Array(img.ids.length);
  const crowdFlags = new Uint8Array(annotations.length);
  const gtPerCategory = new Int32Array(cat.ids.length);
  const box = new Float64Array(4);
  const kp = new Float64Array(3 * numKeypoints);
  const annIds = new Map<number, number>();
  const place: EntryPlace = { file, noun: 'annotation', index: 0 };
  let noVisible = 0;
  for (let j = 0; j < annotations.length; j++) {
    place.index = j;
    place.id = undefined;
    const rec = entryRecord(annotations, j, place);
    if (rec.id !== undefined) {
      const id = numberField(rec, 'id', place);
      place.id = id;
      if (id === 0) {
        throw entryError(
          place,
          'id is 0: pycocotools reads an annotation id of 0 as "no match"; number them from 1',
        );
      }
      const before = annIds.get(id);
      if (before !== undefined) {
        throw entryError(place, `id ${id} is repeated (annotation ${countText(before + 1)} has it too)`);
      }
      annIds.set(id, j);
    }
    const imageId = numberField(rec, 'image_id', place);
    const im = img.index.get(imageId);
    if (im === undefined) throw entryError(place, `image_id ${imageId} is not in "images"`);
    const categoryId = numberField(rec, 'category_id', place);
    const k = cat.index.get(categoryId);
    if (k === undefined) throw entryError(place, `category_id ${categoryId} is not in "categories"`);
    boxField(rec, place, box, 0);
    if (rec.area === undefined) {
      throw entryError(place, 'area is missing (COCO sorts objects into small, medium and large by it)');
    }
    const area = numberField(rec, 'area', place);
    if (area < 0) throw entryError(place, `area is ${area}`);
    const crowd = rec.iscrowd;
    if (crowd !== undefined && crowd !== null && typeof crowd !== 'boolean') {
      const c = numberField(rec, 'iscrowd', place);
      if (c !== 0 && c !== 1) throw entryError(place, `iscrowd is ${c}, expected 0 or 1`);
    }
    const isCrowd = crowd === true || crowd === 1;
    let ignored = isCrowd;
    if (iouType === 'keypoints') {
      if (rec.keypoints === undefined) {
        throw entryError(place, 'keypoints is missing (for box annotations choose Boxes)');
      }
      keypointsField(rec, place, numKeypoints, 'visibility', kp, 0);
      let visible = 0;
      for (let q = 0; q < numKeypoints; q++) if ((kp[3 * q + 2] as number) > 0) visible++;
      let n = visible;
      if (rec.num_keypoints !== undefined && rec.num_keypoints !== null) {
        n = numberField(rec, 'num_keypoints', place);
        if (!Number.isInteger(n) || n < 0) throw entryError(place, `num_keypoints is ${n}`);
      }
      if (n === 0) {
        noVisible++;
        ignored = true;
      }
    }
    gtPerImage[im] = (gtPerImage[im] as number) + 1;
    if (isCrowd) {
      crowdPerImage[im] = (crowdPerImage[im] as number) + 1;
      crowdFlags[j] = 1;
    }
    if (ignored) ignoredPerImage[im] = (ignoredPerImage[im] as number) + 1;
    gtPerCategory[k] = (gtPerCategory[k] as number) + 1;
  }
  return {
    imageIds: Float64Array.from(img.ids),
    imageIndex: img.index,
    categoryIds: cat.ids,
    categoryIndex: cat.index,
    categoryNames,
    annotations: annotations.length,
    gtPerImage,
    crowdPerImage,
    ignoredPerImage,
    crowd: crowdFlags,
    gtPerCategory,
    noVisibleKeypoints: noVisible,
  };
}
