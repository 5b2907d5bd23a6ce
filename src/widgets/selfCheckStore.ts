/**
 * Where a SelfCheck keeps the reader's answers, given by the app through a
 * React context (widgets import nothing from the store): the shell provides
 * the progress store (src/state/slices/progressSlice.ts, kept in
 * localStorage); without a provider, answers live in memory for the visit.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SelfCheckAnswers } from './selfCheck';

/** Reads and changes kept self-check answers, by self-check id. */
export interface SelfCheckStore {
  /** The answers of one self-check, or undefined when none (stable between changes). */
  get: (checkId: string) => SelfCheckAnswers | undefined;
  /** Calls `listener` after every change; returns a function that stops it. */
  subscribe: (listener: () => void) => () => void;
  /** Records the reader's choice for one question. */
  answer: (checkId: string, questionId: string, choiceId: string) => void;
  /** Forgets the answers of one self-check. */
  clear: (checkId: string) => void;
}

/** A store that keeps answers in memory only. */
export function memorySelfCheckStore(): SelfCheckStore {
  let answers: Record<string, SelfCheckAnswers> = {};
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  return {
    get: (checkId) => answers[checkId],
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    answer: (checkId, questionId, choiceId) => {
      answers = { ...answers, [checkId]: { ...answers[checkId], [questionId]: choiceId } };
      changed();
    },
    clear: (checkId) => {
      const rest = { ...answers };
      delete rest[checkId];
      answers = rest;
      changed();
    },
  };
}

/** The context that carries the app's self-check store. */
export const SelfCheckStoreContext = createContext<SelfCheckStore>(memorySelfCheckStore());

const NO_ANSWERS: SelfCheckAnswers = {};

/** The kept answers of one self-check and the store to change them; re-renders on change. */
export function useSelfCheckAnswers(checkId: string): { answers: SelfCheckAnswers; store: SelfCheckStore } {
  const store = useContext(SelfCheckStoreContext);
  const answers = useSyncExternalStore(store.subscribe, () => store.get(checkId)) ?? NO_ANSWERS;
  return { answers, store };
}

/** The default self-check id of the page at a location hash: `<slug>.selfcheck` (e.g. `depth.selfcheck`). */
export function selfCheckIdForHash(hash: string): string {
  const slug = /^#\/([a-z0-9-]+)/.exec(hash)?.[1] ?? 'page';
  return `${slug}.selfcheck`;
}
