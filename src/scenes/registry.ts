/**
 * The registry of app-only scene entries (synthetic scenes, simulated
 * models, degradations, pictures). The worker dispatches these besides the
 * metrics of `metrics/registry.ts`; the conformance runner never sees them.
 */
import type { MetricEntry } from '../metrics/entry';
import { aggregationEntries } from './aggregation/entries';
import { benchmarksSceneEntries } from './benchmarks/entries';
import { depthSceneEntries } from './depth/entries';
import { generativeSceneEntries } from './generative/entries';
import { imageQualityEntries } from './image-quality/entries';
import { lossSceneEntries } from './loss/entries';
import { segmentationSceneEntries } from './segmentation/entries';
import { textToImageSceneEntries } from './text-to-image/entries';

/** Every scene entry, as a typed tuple (the typed door reads its ids and types). */
export const SCENE_LIST = [
  ...aggregationEntries,
  ...benchmarksSceneEntries,
  ...depthSceneEntries,
  ...generativeSceneEntries,
  ...imageQualityEntries,
  ...lossSceneEntries,
  ...segmentationSceneEntries,
  ...textToImageSceneEntries,
] as const;

/** One scene entry type. */
export type SceneEntry = (typeof SCENE_LIST)[number];

/** Every scene id. */
export type SceneId = SceneEntry['id'];

/** Scene entries of the image-quality section: their `photo` / `jpeg_quality` are prepared by the worker. */
export type PhotoSceneId = (typeof imageQualityEntries)[number]['id'];

/** Every scene entry, keyed by id. */
export const SCENES: ReadonlyMap<string, MetricEntry> = new Map(SCENE_LIST.map((e) => [e.id, e]));
