/**
 * The people of the pose figures, placed from the template: the two people
 * of the 5-pixel paradox (one 400 px tall, one 40 px tall in a 4x inset),
 * the crowd of the keypoint-AP figure and the half-hidden person of the
 * visibility figure. Ground-truth keypoints are whole image pixels; the
 * object area s^2 is the placed silhouette's area.
 */
import { extentBox, placeRounded, place, type Placement, type Point, type Region } from './geometry';
import { TEMPLATE_JOINTS, TEMPLATE_SILHOUETTE } from './skeleton';
import { polygonArea } from '../../lib/polygonArea';
import { boxXyxy } from '../../lib/geometry';

/** The image of the paradox, rings and PCK figures, in pixels. */
export const IMAGE = { width: 640, height: 480 } as const;

/** A person placed in an image. */
export interface Person {
  /** The `data-subject` of this person's readouts. */
  id: string;
  placement: Placement;
  /** Ground-truth keypoints, COCO order, whole pixels. */
  gt: Point[];
  /** The silhouette outline in image pixels. */
  silhouette: Point[];
  /** s^2: the silhouette's area (px^2). */
  area: number;
  /** The silhouette's box [x, y, w, h]. */
  bbox: [number, number, number, number];
  /** Where this person's predicted keypoints may be dragged (edges included). */
  region: Region;
}

/** Places the template person: head top at (x, y), `scale` times 400 px tall. */
export function makePerson(id: string, placement: Placement, region: Region): Person {
  const silhouette = TEMPLATE_SILHOUETTE.map((p) => place(p, placement));
  return {
    id,
    placement,
    gt: placeRounded(TEMPLATE_JOINTS, placement),
    silhouette,
    area: polygonArea(silhouette),
    bbox: extentBox(silhouette),
    region,
  };
}

/** The whole image as a drag region. */
export const IMAGE_REGION: Region = boxXyxy(0, 0, IMAGE.width - 1, IMAGE.height - 1);

/** The region of the small person shown in the inset (image pixels), 60 x 60. */
export const INSET_REGION: Region = boxXyxy(470, 290, 530, 350);

/** The inset's magnification: 4 CSS pixels per image pixel. */
export const INSET_ZOOM = 4;

/** The large person: 400 px tall, silhouette about 30,000 px^2. */
export const LARGE_PERSON = makePerson('large-person', { x: 200, y: 50, scale: 1 }, IMAGE_REGION);

/** The small person: 40 px tall, silhouette about 300 px^2, kept inside the inset. */
export const SMALL_PERSON = makePerson('small-person', { x: 500, y: 300, scale: 0.1 }, INSET_REGION);

/** The two people of the paradox, large first. */
export const PARADOX_PEOPLE = [LARGE_PERSON, SMALL_PERSON] as const;

/** The subject ids of the two people. */
export type ParadoxSubject = 'large-person' | 'small-person';

/** The preset shift: 3 px right and 4 px down, 5 px in all. */
export const PRESET_SHIFT: Point = [3, 4];
