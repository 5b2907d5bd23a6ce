/**
 * The Lab's segmentation job (being written this session; replaced by its owner).
 */
import type { LabJobContext } from '../jobs/types';

/** Input of the segmentation job. */
export type SegmentationJobInput = unknown;
/** Result of the segmentation job. */
export type SegmentationJobResult = unknown;

/** Runs the segmentation job. */
export function runSegmentationJob(_input: SegmentationJobInput, _ctx: LabJobContext): SegmentationJobResult {
  throw new Error('not written yet');
}
