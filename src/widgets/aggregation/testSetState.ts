/**
 * The widget state every "per image or pooled?" figure shares: the size of
 * the seeded test set and its seed. Sections declare one state each with
 * this schema (their `state.ts`), so a share link restores the same test set.
 */
import * as v from 'valibot';
import { onGrid } from '../../lib/gridSchema';

/** Test-set size slider: 4 to 400 images. */
export const TEST_SET_RANGE = { min: 4, max: 400, step: 1 } as const;
/** Seeds the redraw button cycles through. */
export const MAX_TEST_SET_SEED = 9999;

/** Schema of `{ n, seed }`. */
export const testSetSchema = v.object({
  n: onGrid(TEST_SET_RANGE.min, TEST_SET_RANGE.max, TEST_SET_RANGE.step),
  seed: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_TEST_SET_SEED)),
});

/** Default test set: 50 images of seed 2, where the two models rank in opposite orders per image and pooled in every section, and 4 images of it already differ (so intervals have a width). */
export const TEST_SET_DEFAULTS = { n: 50, seed: 2 } as const;
