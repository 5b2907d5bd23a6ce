/**
 * Checks a reader's COCO results list against the checked ground truth and
 * collects what the Lab shows about it: detections per image, per category
 * and per size range, and the detections past the per-image cap (maxDets).
 */
import { LabInputError } from '../jobs/types';
import type { CocoIouType } from '../../metrics/detection/coco/params';
import { keypointExtentArea } from '../../metrics/detection/coco/readDetections';
import type { GroundTruthFacts } from './checkGroundTruth';
import {
  boxField,
  describeValue,
  entryError,
  entryRecord,
  keypointsField,
  numberField,
  type EntryPlace,
} from './entryFields';

/** What the Lab keeps of a checked results list. */
export interface ResultsFacts {
  readonly detections: number;
  /** Detections per image (the ground truth's sorted image order). */
  readonly dtPerImage: Int32Array;
  /** Detections per category (sorted category order). */
  readonly dtPerCategory: Int32Array;
  /** Detections whose area falls in each area range (the evaluation's ranges, edges inclusive). */
  readonly dtPerArea: Int32Array;
}

/** The results as a list, or an error saying what the file is instead (a ground-truth file, …). */
function resultsList(value: unknown, file: string): readonly unknown[] {
  if (Array.isArray(value)) {
    if (value.length === 0)
      throw new LabInputError(file, '', 'the results list is empty: there is nothing to evaluate');
    return value;
  }
  if (typeof value === 'object' && value !== null && 'annotations' in value && 'images' in value) {
    throw new LabInputError(
      file,
      '',
      'is a COCO ground-truth file (it has "images" and "annotations"), not a results list; choose it as the ground truth',
    );
  }
  throw new LabInputError(
    file,
    '',
    `is ${describeValue(value)}, expected a COCO results list [{"image_id", "category_id", "bbox", "score"}, …]`,
  );
}

/**
 * Checks `value` (a parsed results file called `file`) against `gt`: a
 * non-empty list whose every entry has a known image_id and category_id, a
 * finite score, and a box (`bbox`: four finite numbers, width and height >= 0)
 * or keypoints (3·K finite values). `areaRng` are the evaluation's area ranges.
 */
export function checkResults(
  value: unknown,
  file: string,
  gt: GroundTruthFacts,
  iouType: CocoIouType,
  numKeypoints: number,
  areaRng: readonly (readonly [number, number])[],
): ResultsFacts {
  const list = resultsList(value, file);
  const dtPerImage = new Int32Array(gt.imageIds.length);
  const dtPerCategory = new Int32Array(gt.categoryIds.length);
  const dtPerArea = new Int32Array(areaRng.length);
  const box = new Float64Array(4);
  const kp = new Float64Array(3 * numKeypoints);
  const place: EntryPlace = { file, noun: 'entry', index: 0 };
  for (let i = 0; i < list.length; i++) {
    place.index = i;
    const rec = entryRecord(list, i, place);
    const imageId = numberField(rec, 'image_id', place);
    const im = gt.imageIndex.get(imageId);
    if (im === undefined) throw entryError(place, `image_id ${imageId} is not an image of the ground truth`);
    const categoryId = numberField(rec, 'category_id', place);
    const k = gt.categoryIndex.get(categoryId);
    if (k === undefined) {
      throw entryError(place, `category_id ${categoryId} is not a category of the ground truth`);
    }
    if (rec.score === undefined)
      throw entryError(place, 'score is missing (results need a confidence score)');
    numberField(rec, 'score', place);
    let area: number;
    if (iouType === 'bbox') {
      if (rec.bbox === undefined) {
        throw entryError(
          place,
          rec.keypoints !== undefined
            ? 'bbox is missing (these look like keypoint results: choose Keypoints)'
            : rec.segmentation !== undefined
              ? 'bbox is missing (mask results are not evaluated here; give boxes)'
              : 'bbox is missing',
        );
      }
      boxField(rec, place, box, 0);
      area = (box[2] as number) * (box[3] as number);
    } else {
      if (rec.keypoints === undefined) {
        throw entryError(place, 'keypoints is missing (for box results choose Boxes)');
      }
      keypointsField(rec, place, numKeypoints, 'score', kp, 0);
      area = keypointExtentArea(kp, 0, numKeypoints);
    }
    dtPerImage[im] = (dtPerImage[im] as number) + 1;
    dtPerCategory[k] = (dtPerCategory[k] as number) + 1;
    for (let a = 0; a < areaRng.length; a++) {
      const r = areaRng[a] as readonly [number, number];
      if (area >= r[0] && area <= r[1]) dtPerArea[a] = (dtPerArea[a] as number) + 1;
    }
  }
  return { detections: list.length, dtPerImage, dtPerCategory, dtPerArea };
}
