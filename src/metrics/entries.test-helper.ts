/**
 * Test helper: the `compute` of one entry of a family's list, typed with the
 * entry's result, so tests can call an entry with raw (FORMAT-shaped) args.
 */
import type { MetricEntry } from './entry';

/** `compute` of the entry `id` in `entries`; throws when there is none. */
export function entryRunner<E extends MetricEntry, Id extends E['id']>(
  entries: readonly E[],
  id: Id,
): (args: Record<string, unknown>) => ReturnType<Extract<E, { id: Id }>['compute']> {
  const entry = entries.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return (args) => entry.compute(args) as ReturnType<Extract<E, { id: Id }>['compute']>;
}
