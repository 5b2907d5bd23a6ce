/**
 * Every Lab job kind with its input, result and handler. The Lab worker
 * dispatches on the kind; the page's typed client (`runLabJob`) takes the
 * same kinds, so an input or a result cannot be mistaken for another kind's.
 */
import type { LabJobContext } from './types';
import { runCocoJob, type CocoJobInput, type CocoJobResult } from '../coco/cocoJob';
import {
  runSegmentationJob,
  type SegmentationJobInput,
  type SegmentationJobResult,
} from '../segmentation/segmentationJob';
import { runImagePairJob, type ImagePairJobInput, type ImagePairJobResult } from '../imagePair/imagePairJob';
import { runDepthJob, type DepthJobInput, type DepthJobResult } from '../depth/depthJob';

/** Input and result type of each job kind. */
export interface LabJobs {
  coco: { input: CocoJobInput; result: CocoJobResult };
  segmentation: { input: SegmentationJobInput; result: SegmentationJobResult };
  'image-pair': { input: ImagePairJobInput; result: ImagePairJobResult };
  depth: { input: DepthJobInput; result: DepthJobResult };
}

/** A job kind. */
export type LabJobKind = keyof LabJobs;

type Handler<K extends LabJobKind> = (
  input: LabJobs[K]['input'],
  ctx: LabJobContext,
) => LabJobs[K]['result'] | Promise<LabJobs[K]['result']>;

/** The handler of each kind (run inside the Lab worker). */
export const LAB_HANDLERS: { [K in LabJobKind]: Handler<K> } = {
  coco: runCocoJob,
  segmentation: runSegmentationJob,
  'image-pair': runImagePairJob,
  depth: runDepthJob,
};
