/**
 * App-only registry entries of the pose section's widgets.
 */
import type { MetricEntry } from '../entry';

/** Entries of the pose section's widgets. */
export const poseWidgetsEntries: MetricEntry[] = [];
