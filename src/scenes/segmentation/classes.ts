/**
 * The four classes of the segmentation section's street scene, in class-id
 * order. The names are the `data-class` values of every per-class readout
 * (DESIGN.md, "Readouts"), so they never change.
 */

/** Class names by class id: 0 background (road and everything else), 1 sidewalk, 2 car, 3 person. */
export const CLASS_NAMES = ['background', 'sidewalk', 'car', 'person'] as const;

/** A class name of the scene. */
export type ClassName = (typeof CLASS_NAMES)[number];

/** Number of classes (the `num_classes` argument of the `segmentation` metric). */
export const NUM_CLASSES = CLASS_NAMES.length;

/** Class ids by name. */
export const CLASS_ID: Readonly<Record<ClassName, number>> = {
  background: 0,
  sidewalk: 1,
  car: 2,
  person: 3,
};

/** Width of the scene's label map in label pixels. */
export const SCENE_WIDTH = 160;

/** Height of the scene's label map in label pixels. */
export const SCENE_HEIGHT = 120;

/**
 * Overlay colours (RGB) of the label maps, one per class. Background stays
 * transparent in overlays; the others follow the Okabe-Ito palette, which
 * stays distinct for the common forms of colour blindness.
 */
export const CLASS_RGB: readonly (readonly [number, number, number])[] = [
  [0, 0, 0],
  [86, 180, 233],
  [230, 159, 0],
  [204, 121, 167],
];

/** True when `name` is one of the scene's class names. */
export function isClassName(name: string): name is ClassName {
  return (CLASS_NAMES as readonly string[]).includes(name);
}
