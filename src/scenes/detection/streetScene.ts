/**
 * The drawn street scene used by several detection figures: a 640x400
 * drawing (not a photo) with four cars and four people of COCO's three size
 * ranges (small < 32² px, medium, large > 96² px), plus a lamp post and a tree
 * that fool a detector now and then.
 */
import type { BoxXywh } from '../../lib/geometry';

/** The classes of the street scene. */
export type StreetClass = 'car' | 'person';

/** The street's classes, in COCO category order (car = 1, person = 2). */
export const STREET_CLASSES: readonly StreetClass[] = ['car', 'person'];

/** One annotated object: its id (`car-1`), class and ground-truth box. */
export interface SceneObject {
  id: string;
  cls: StreetClass;
  box: BoxXywh;
}

/** Size of the drawing in pixels. */
export const STREET_SIZE = { width: 640, height: 400 } as const;

/** The ground-truth objects, largest first within each class. */
export const STREET_OBJECTS: readonly SceneObject[] = [
  { id: 'car-1', cls: 'car', box: [40, 262, 230, 100] },
  { id: 'car-2', cls: 'car', box: [340, 222, 104, 50] },
  { id: 'car-3', cls: 'car', box: [478, 206, 40, 20] },
  { id: 'car-4', cls: 'car', box: [556, 198, 30, 15] },
  { id: 'person-1', cls: 'person', box: [282, 238, 46, 132] },
  { id: 'person-2', cls: 'person', box: [456, 214, 22, 58] },
  { id: 'person-3', cls: 'person', box: [530, 204, 12, 32] },
  { id: 'person-4', cls: 'person', box: [600, 196, 10, 26] },
];

/** Things that are not objects but look like one to a detector. */
export const STREET_DISTRACTORS = {
  lampPost: [244, 96, 12, 214] as BoxXywh,
  tree: [120, 86, 64, 124] as BoxXywh,
} as const;

/** The object with the given id (throws for an unknown id: a typo in scene data). */
export function streetObject(id: string): SceneObject {
  const found = STREET_OBJECTS.find((o) => o.id === id);
  if (!found) throw new Error(`unknown street object ${id}`);
  return found;
}
