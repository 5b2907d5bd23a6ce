/** The Lab's imagePair panel (being written this session; replaced by its owner). */

/** The imagePair panel of the Lab page. */
export function ImagePairPanel() {
  return null;
}
