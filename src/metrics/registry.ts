/**
 * The one registry of metrics: FORMAT.md metrics, the app-only metric values
 * (`mse`, `oks_ring_radius`) and the intermediate "details" of each family
 * that figures show. The worker and the conformance runner read it; scenes
 * live in `src/scenes/registry.ts`.
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
import { statsEntries } from './stats/entries';

/** Every metric entry, as a typed tuple (the typed door reads its ids and types). */
export const METRIC_LIST = [
  ...classificationEntries,
  ...segmentationEntries,
  ...detectionEntries,
  ...cocoEntries,
  ...keypointsEntries,
  ...depthEntries,
  ...imageEntries,
  ...generativeEntries,
  ...statsEntries,
] as const;

/** One metric entry type. */
export type MetricEntryType = (typeof METRIC_LIST)[number];

/** Every metric id. */
export type MetricId = MetricEntryType['id'];

function indexById(entries: readonly MetricEntry[]): ReadonlyMap<string, MetricEntry> {
  const map = new Map<string, MetricEntry>();
  for (const e of entries) {
    if (map.has(e.id)) throw new Error(`metric id "${e.id}" is registered twice`);
    map.set(e.id, e);
  }
  return map;
}

/** Every registered metric, keyed by id. */
export const METRICS: ReadonlyMap<string, MetricEntry> = indexById(METRIC_LIST);

/** The entry of a metric id, or undefined when no metric has that id. */
export function getMetric(id: string): MetricEntry | undefined {
  return METRICS.get(id);
}

/** All registered metric ids, sorted. */
export function metricIds(): string[] {
  return [...METRICS.keys()].sort();
}

/**
 * Readout ids that are neither an entry id nor `<id>.<field>` of a declared
 * result field: DESIGN.md's fixed names for values of later sections, and
 * values a figure derives per row. A unit test (readoutIds.test.ts) fails on
 * any static readout id outside entries, fields and this list.
 */
export const EXTRA_READOUT_IDS = [
  // Frequency-weighted IoU (the Lab's segmentation panel).
  'segmentation.fwiou',
  // Counts and APs shown without their entry's prefix (detection figures).
  'tp',
  'fp',
  'fn',
  'ap_voc07',
  'ap_voc',
  'ap_coco101',
  // Precision and recall at one rank of detection_match (data-subject prediction-<n>).
  'detection_match.precision',
  'detection_match.recall',
  // Precision and recall per image and pooled, from detection_image_counts (detection.empty).
  'detection_image_counts.precision',
  'detection_image_counts.recall',
  // PCK with the head reference (PCKh).
  'pckh',
  // coco_eval's perThresholdAp (data-threshold <t>) and pose_keypoint_matches' per-row OKS.
  'coco_eval.per_threshold_ap',
  'pose_keypoint_matches.oks',
  // DESIGN.md fixed names beyond FORMAT.md.
  'topk.accuracy',
  'bootstrap.flip_rate',
  'bootstrap.ci_low',
  'bootstrap.ci_high',
  'fid.mean_term',
  'fid.trace_term',
  // Counts of the chooser's list (#/choosing): metrics to report, conventions to state.
  'choosing.metric_count',
  'choosing.convention_count',
] as const;
