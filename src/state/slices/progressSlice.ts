/**
 * The reader's progress: the answers picked in each section's self-check,
 * kept in localStorage (key `beyond-accuracy.progress`) so they survive a
 * reload. Versioned JSON, checked with valibot; damaged or foreign data is
 * ignored (the reader then starts with no answers), never thrown.
 *
 * Stored shape (version 1):
 *   { "version": 1, "answers": { "<self-check id>": { "<question id>": "<choice id>" } } }
 * The self-check id is the section's `data-selfcheck` id, e.g. `detection.selfcheck`.
 *
 * For other features (e.g. a classroom progress view): call `readProgress()`
 * for a snapshot, or subscribe to `progressStore` for live changes. Both give
 * `ProgressAnswers`; grade them with `scoreAnswers` of src/widgets/selfCheck.ts.
 */
import * as v from 'valibot';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** localStorage key of the progress record. */
export const PROGRESS_STORAGE_KEY = 'beyond-accuracy.progress';

/** Version of the stored format. */
export const PROGRESS_VERSION = 1;

/** Answers: choice id by question id, by self-check id. */
export type ProgressAnswers = Readonly<Record<string, Readonly<Record<string, string>>>>;

const Id = v.pipe(v.string(), v.maxLength(200));
const ProgressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  answers: v.record(Id, v.record(Id, Id)),
});

/** Reads a stored progress record; anything damaged, foreign or of another version gives no answers. */
export function parseProgress(text: string | null): ProgressAnswers {
  if (text === null) return {};
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {};
  }
  const result = v.safeParse(ProgressSchema, data);
  return result.success ? result.output.answers : {};
}

/** The stored text of some answers. */
export function serializeProgress(answers: ProgressAnswers): string {
  return JSON.stringify({ version: PROGRESS_VERSION, answers });
}

/** The answers with one question of one self-check answered. */
export function withAnswer(
  answers: ProgressAnswers,
  checkId: string,
  questionId: string,
  choiceId: string,
): ProgressAnswers {
  return { ...answers, [checkId]: { ...answers[checkId], [questionId]: choiceId } };
}

/** The answers without those of one self-check (or with none at all when `checkId` is undefined). */
export function withoutAnswers(answers: ProgressAnswers, checkId?: string): ProgressAnswers {
  if (checkId === undefined) return {};
  const rest = { ...answers };
  delete rest[checkId];
  return rest;
}

/** The subset of Storage the progress store uses. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStorage(): ProgressStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * A snapshot of the reader's stored answers (the read function other
 * features use). Returns no answers when storage is unavailable or damaged.
 */
export function readProgress(storage: Pick<Storage, 'getItem'> | null = browserStorage()): ProgressAnswers {
  try {
    return parseProgress(storage?.getItem(PROGRESS_STORAGE_KEY) ?? null);
  } catch {
    return {};
  }
}

/** The progress store's state and actions. */
export interface ProgressState {
  answers: ProgressAnswers;
  /** Records the reader's choice for one question and saves it. */
  answer: (checkId: string, questionId: string, choiceId: string) => void;
  /** Forgets the answers of one self-check, or of all when `checkId` is undefined, and saves that. */
  clear: (checkId?: string) => void;
}

/** Builds a progress store over a storage (null: kept in memory only). */
export function createProgressStore(storage: ProgressStorage | null): StoreApi<ProgressState> {
  const save = (answers: ProgressAnswers) => {
    try {
      if (Object.keys(answers).length === 0) storage?.removeItem(PROGRESS_STORAGE_KEY);
      else storage?.setItem(PROGRESS_STORAGE_KEY, serializeProgress(answers));
    } catch {
      // Storage full or disabled: the answers last for this visit.
    }
  };
  return createStore<ProgressState>()((set, get) => ({
    answers: readProgress(storage),
    answer: (checkId, questionId, choiceId) => {
      const answers = withAnswer(get().answers, checkId, questionId, choiceId);
      set({ answers });
      save(answers);
    },
    clear: (checkId) => {
      const answers = withoutAnswers(get().answers, checkId);
      set({ answers });
      save(answers);
    },
  }));
}

/** The app's progress store (over localStorage). */
export const progressStore: StoreApi<ProgressState> = createProgressStore(browserStorage());

/** Reads one value of the progress store; re-renders when it changes. */
export function useProgress<U>(selector: (state: ProgressState) => U): U {
  return useStore(progressStore, selector);
}

/**
 * The progress store seen as a self-check store (src/widgets/selfCheckStore.ts):
 * what the shell provides to every SelfCheck.
 */
export function progressAsSelfCheckStore(store: StoreApi<ProgressState> = progressStore): {
  get: (checkId: string) => Readonly<Record<string, string>> | undefined;
  subscribe: (listener: () => void) => () => void;
  answer: (checkId: string, questionId: string, choiceId: string) => void;
  clear: (checkId: string) => void;
} {
  return {
    get: (checkId) => store.getState().answers[checkId],
    subscribe: (listener) => store.subscribe(listener),
    answer: (checkId, questionId, choiceId) => store.getState().answer(checkId, questionId, choiceId),
    clear: (checkId) => store.getState().clear(checkId),
  };
}
