/**
 * What a door hook shows for its current arguments. A hook's request may
 * wait for the next frame or an idle moment before it leaves (scheduler.ts),
 * and its effect runs after the render; so the readout is busy from the
 * render in which its arguments differ from those of the last answer, and
 * never shows an old value without aria-busy.
 */
import type { MetricState } from './protocol';

/** A hook's state plus the arguments its last answer (value or error) was for. */
export type SettledState<T> = MetricState<T> & { settledFor: unknown };

/** The state to show for `args`: pending while computing, or when `args` is not what the last answer was for. */
export function shownState<T>(args: unknown, state: SettledState<T>): MetricState<T> {
  const { settledFor, ...metric } = state;
  return { ...metric, pending: args !== null && (metric.pending || settledFor !== args) };
}
