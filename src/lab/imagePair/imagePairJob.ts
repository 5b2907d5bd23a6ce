/**
 * The Lab's imagePair job (being written this session; replaced by its owner).
 */
import type { LabJobContext } from '../jobs/types';

/** Input of the imagePair job. */
export type ImagePairJobInput = unknown;
/** Result of the imagePair job. */
export type ImagePairJobResult = unknown;

/** Runs the imagePair job. */
export function runImagePairJob(_input: ImagePairJobInput, _ctx: LabJobContext): ImagePairJobResult {
  throw new Error('not written yet');
}
