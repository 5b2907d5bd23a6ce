/**
 * Builders of COCO-format ground truth and results (the `gt` and `dt`
 * arguments of the `coco_eval` metric) from the section's scenes.
 */
import type { BoxXywh } from '../../lib/geometry';

/** An annotated image: its id, size and objects. */
export interface SceneImage {
  id: number;
  width: number;
  height: number;
  objects: readonly { cls: string; box: BoxXywh }[];
}

/** A scored detection on an image. */
export interface SceneDetection {
  imageId: number;
  cls: string;
  box: BoxXywh;
  score: number;
}

/** COCO ground-truth JSON as pycocotools reads it (bbox only). */
export interface CocoGt {
  images: { id: number; width: number; height: number }[];
  annotations: {
    id: number;
    image_id: number;
    category_id: number;
    bbox: number[];
    area: number;
    iscrowd: 0;
  }[];
  categories: { id: number; name: string }[];
}

/** One entry of a COCO results list. */
export interface CocoDt {
  image_id: number;
  category_id: number;
  bbox: number[];
  score: number;
}

function categoryId(classes: readonly string[], cls: string): number {
  const i = classes.indexOf(cls);
  if (i < 0) throw new Error(`class ${cls} is not one of ${classes.join(', ')}`);
  return i + 1;
}

/**
 * COCO ground truth for `images`: categories numbered 1.. in the order of
 * `classes`, annotations numbered 1.. in image then object order, each with
 * `area` = w·h of its box (COCO's own annotations carry the segment's area,
 * which is what the size ranges small/medium/large use) and iscrowd 0.
 */
export function cocoGroundTruth(images: readonly SceneImage[], classes: readonly string[]): CocoGt {
  let next = 1;
  return {
    images: images.map((im) => ({ id: im.id, width: im.width, height: im.height })),
    annotations: images.flatMap((im) =>
      im.objects.map((o) => ({
        id: next++,
        image_id: im.id,
        category_id: categoryId(classes, o.cls),
        bbox: [...o.box],
        area: o.box[2] * o.box[3],
        iscrowd: 0 as const,
      })),
    ),
    categories: classes.map((name, i) => ({ id: i + 1, name })),
  };
}

/** A COCO results list for `detections`, categories numbered as in `cocoGroundTruth`. */
export function cocoDetections(detections: readonly SceneDetection[], classes: readonly string[]): CocoDt[] {
  return detections.map((d) => ({
    image_id: d.imageId,
    category_id: categoryId(classes, d.cls),
    bbox: [...d.box],
    score: d.score,
  }));
}
