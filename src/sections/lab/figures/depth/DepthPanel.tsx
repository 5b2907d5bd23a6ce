/** The Lab's depth panel (being written this session; replaced by its owner). */

/** The depth panel of the Lab page. */
export function DepthPanel() {
  return null;
}
