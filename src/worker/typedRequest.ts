/**
 * The one typed request of the door: sends `id` with its declared arguments
 * and types the reply with the entry's declared result. The worker runs
 * exactly that entry, so the result type holds by construction.
 */
import type { DoorId, MetricArgs, MetricResult } from './door';
import type { Outcome } from './client';
import { getMetricClient } from './browserWorker';
import type { FigureVisibility } from '../widgets/figureVisibility';

/** A request's outcome with its value typed. */
export type TypedOutcome<T> =
  { kind: 'value'; value: T } | { kind: 'error'; error: string } | { kind: 'superseded' };

function typed<T>(o: Outcome): TypedOutcome<T> {
  return o.kind === 'value' ? { kind: 'value', value: o.value as T } : o;
}

/**
 * Requests `id(args)` on `channel` through the shared scheduler (latest wins
 * per channel; sent first when `visibility` says the figure is near the screen).
 */
export async function requestEntry<Id extends DoorId>(
  channel: string,
  id: Id,
  args: MetricArgs<Id>,
  visibility?: FigureVisibility,
): Promise<TypedOutcome<MetricResult<Id>>> {
  const outcome = await getMetricClient().request(channel, id, args as Record<string, unknown>, visibility);
  return typed<MetricResult<Id>>(outcome);
}

/** Forgets a channel of the shared client. */
export function disposeChannel(channel: string): void {
  getMetricClient().dispose(channel);
}
