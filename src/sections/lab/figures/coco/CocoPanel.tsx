/** The Lab's coco panel (being written this session; replaced by its owner). */

/** The coco panel of the Lab page. */
export function CocoPanel() {
  return null;
}
