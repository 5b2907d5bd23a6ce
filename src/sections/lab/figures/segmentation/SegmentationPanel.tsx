/** The Lab's segmentation panel (being written this session; replaced by its owner). */

/** The segmentation panel of the Lab page. */
export function SegmentationPanel() {
  return null;
}
