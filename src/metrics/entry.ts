/**
 * The shape of one registry entry. Each metric family exports a list of these
 * from its `entries.ts`; `registry.ts` gathers them. The worker, the
 * conformance runner and the formula display all read that one registry.
 */
export interface MetricEntry {
  /** Metric id of test/reference/FORMAT.md, or an app-only id (e.g. `mse`). */
  id: string;
  /** Human title, e.g. "Intersection over union". */
  title: string;
  /** True when a larger value is better; null when neither (e.g. a curve). */
  higherIsBetter: boolean | null;
  /** The value range of the headline number, [min, max] (may be infinite). */
  range: readonly [number, number];
  /** The defining formula in LaTeX, shown by the Formula component. */
  latex: string;
  /**
   * Computes the metric from FORMAT.md-shaped arguments (non-finite numbers
   * already decoded; typed arrays allowed). Undefined results are null.
   * Throws MetricInputError naming the bad argument on invalid input.
   */
  compute: (args: Record<string, unknown>) => unknown;
  /** Maps a result to the reference-case encoding when it differs (coco_eval writes null as -1). */
  toReference?: (result: unknown) => unknown;
}
