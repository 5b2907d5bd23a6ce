/**
 * The one registry of metrics: metric id -> compute function and metadata.
 * The worker, the conformance runner and the formula display all read it.
 * Each family contributes the entries of its own `entries.ts`.
 */
import type { MetricEntry } from './entry';
import { classificationEntries } from './classification/entries';
import { segmentationEntries } from './segmentation/entries';
import { detectionEntries } from './detection/entries';
import { cocoEntries } from './detection/coco/entries';
import { keypointsEntries } from './keypoints/entries';
import { depthEntries } from './depth/entries';
import { imageEntries } from './image/entries';
import { generativeEntries } from './generative/entries';
import { segmentationWidgetsEntries } from './segmentation-widgets/entries';
import { detectionWidgetsEntries } from './detection-widgets/entries';
import { depthSceneEntries } from './depth-scene/entries';
import { imageQualityWidgetsEntries } from './image-quality-widgets/entries';
import { poseWidgetsEntries } from './pose-widgets/entries';

const ALL: readonly MetricEntry[] = [
  ...classificationEntries,
  ...segmentationEntries,
  ...detectionEntries,
  ...cocoEntries,
  ...keypointsEntries,
  ...depthEntries,
  ...imageEntries,
  ...generativeEntries,
  ...segmentationWidgetsEntries,
  ...detectionWidgetsEntries,
  ...depthSceneEntries,
  ...imageQualityWidgetsEntries,
  ...poseWidgetsEntries,
];

function indexById(entries: readonly MetricEntry[]): ReadonlyMap<string, MetricEntry> {
  const map = new Map<string, MetricEntry>();
  for (const e of entries) {
    if (map.has(e.id)) throw new Error(`metric id "${e.id}" is registered twice`);
    map.set(e.id, e);
  }
  return map;
}

/** Every registered metric, keyed by id. */
export const REGISTRY: ReadonlyMap<string, MetricEntry> = indexById(ALL);

/** The entry of a metric id, or undefined when no metric has that id. */
export function getMetric(id: string): MetricEntry | undefined {
  return REGISTRY.get(id);
}

/** All registered metric ids, sorted. */
export function metricIds(): string[] {
  return [...REGISTRY.keys()].sort();
}
