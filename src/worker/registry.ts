/**
 * The worker's lookup: metric entries and scene entries in one table.
 */
import type { MetricEntry } from '../metrics/entry';
import { METRICS } from '../metrics/registry';
import { SCENES } from '../scenes/registry';

/** The entry of a metric or scene id, or undefined. */
export function lookupEntry(id: string): MetricEntry | undefined {
  return METRICS.get(id) ?? SCENES.get(id);
}

/** Every id the worker answers, sorted. */
export function entryIds(): string[] {
  return [...METRICS.keys(), ...SCENES.keys()].sort();
}
