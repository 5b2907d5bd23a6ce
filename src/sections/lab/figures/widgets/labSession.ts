/**
 * What each Lab panel keeps for the life of the tab: the files the reader
 * loaded (and the segmentation panel's chosen image), keyed by widget id, in
 * memory only. A panel that mounts again (Present, Esc back from the slides,
 * leaving the page and coming back) finds its files here and runs again.
 * Files never go to storage or the address: closing or reloading the tab
 * forgets them. `useLabSession` reads one key with useSyncExternalStore.
 */
import { useCallback, useSyncExternalStore } from 'react';

/** A store of values by key, kept in memory. */
export interface LabSession {
  /** The value under `key`, or undefined. */
  get<T>(key: string): T | undefined;
  /** Puts `value` under `key` and tells the listeners. */
  set<T>(key: string, value: T): void;
  /** Forgets `key`, or every key without one. */
  clear(key?: string): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A new, empty session store. */
export function createLabSession(): LabSession {
  const values = new Map<string, unknown>();
  const listeners = new Set<() => void>();
  const tell = () => listeners.forEach((listener) => listener());
  return {
    get: <T>(key: string) => values.get(key) as T | undefined,
    set(key, value) {
      if (values.get(key) === value && values.has(key)) return;
      values.set(key, value);
      tell();
    },
    clear(key) {
      if (key === undefined) {
        if (values.size === 0) return;
        values.clear();
      } else if (!values.delete(key)) return;
      tell();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The tab's Lab session. */
export const labSession = createLabSession();

/** A new value, or a function of the current one. */
export type SessionUpdate<T> = T | ((previous: T) => T);

/**
 * Reads and sets `key` of the Lab session, like useState but kept across
 * mounts. `initial` (a constant) stands for a key that was never set.
 */
export function useLabSession<T>(
  key: string,
  initial: T,
  session: LabSession = labSession,
): [T, (update: SessionUpdate<T>) => void] {
  const stored = useSyncExternalStore(session.subscribe, () => session.get<T>(key));
  const value = stored === undefined ? initial : stored;
  const set = useCallback(
    (update: SessionUpdate<T>) => {
      const previous = session.get<T>(key) ?? initial;
      const next = typeof update === 'function' ? (update as (p: T) => T)(previous) : update;
      session.set(key, next);
    },
    [session, key, initial],
  );
  return [value, set];
}
