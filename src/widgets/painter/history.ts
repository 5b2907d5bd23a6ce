/**
 * Undo / redo history of the prediction painter, as an immutable value: each
 * entry is a whole state (the painter stores its encoded mask), so undo
 * restores the earlier mask exactly, byte for byte.
 */

/** Undo and redo stacks, most recent last, holding at most `limit` undo steps. */
export interface History<T> {
  readonly past: readonly T[];
  readonly future: readonly T[];
  readonly limit: number;
}

/** Steps the painter keeps (the issue asks for at least 50). */
export const HISTORY_LIMIT = 100;

/** An empty history keeping at most `limit` undo steps. */
export function emptyHistory<T>(limit = HISTORY_LIMIT): History<T> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`history limit must be a positive integer, got ${limit}`);
  return { past: [], future: [], limit };
}

/**
 * Records that the state `before` is being replaced by a new one: pushes it
 * on the undo stack (dropping the oldest step beyond the limit) and clears the
 * redo stack, as every editor does after a fresh edit.
 */
export function record<T>(history: History<T>, before: T): History<T> {
  const past = [...history.past, before];
  if (past.length > history.limit) past.splice(0, past.length - history.limit);
  return { past, future: [], limit: history.limit };
}

/** Undoes one step: the state to show and the new history, or null when there is nothing to undo. */
export function undo<T>(history: History<T>, current: T): { state: T; history: History<T> } | null {
  const state = history.past[history.past.length - 1];
  if (history.past.length === 0 || state === undefined) return null;
  return {
    state,
    history: { past: history.past.slice(0, -1), future: [...history.future, current], limit: history.limit },
  };
}

/** Redoes one undone step: the state to show and the new history, or null when there is nothing to redo. */
export function redo<T>(history: History<T>, current: T): { state: T; history: History<T> } | null {
  const state = history.future[history.future.length - 1];
  if (history.future.length === 0 || state === undefined) return null;
  return {
    state,
    history: { past: [...history.past, current], future: history.future.slice(0, -1), limit: history.limit },
  };
}
