/**
 * App-only registry entries of the image-quality section (photo pipelines that
 * degrade a photo and score the copies in one worker request).
 */
import type { MetricEntry } from '../entry';

/** Entries of the image-quality section's widgets. */
export const imageQualityWidgetsEntries: MetricEntry[] = [];
