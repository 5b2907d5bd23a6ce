/**
 * The Lab's coco job (being written this session; replaced by its owner).
 */
import type { LabJobContext } from '../jobs/types';

/** Input of the coco job. */
export type CocoJobInput = unknown;
/** Result of the coco job. */
export type CocoJobResult = unknown;

/** Runs the coco job. */
export function runCocoJob(_input: CocoJobInput, _ctx: LabJobContext): CocoJobResult {
  throw new Error('not written yet');
}
