/**
 * The Lab's depth job (being written this session; replaced by its owner).
 */
import type { LabJobContext } from '../jobs/types';

/** Input of the depth job. */
export type DepthJobInput = unknown;
/** Result of the depth job. */
export type DepthJobResult = unknown;

/** Runs the depth job. */
export function runDepthJob(_input: DepthJobInput, _ctx: LabJobContext): DepthJobResult {
  throw new Error('not written yet');
}
