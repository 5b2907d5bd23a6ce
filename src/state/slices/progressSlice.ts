/**
 * The reader's progress: the answers picked in each section's self-check and
 * the challenges met in each section (issue 16 item 5), kept in localStorage (key `beyond-accuracy.progress`) so they survive a
 * reload. Versioned JSON, checked with valibot; damaged or foreign data is
 * ignored (the reader then starts with no answers), never thrown.
 *
 * Stored shape (version 1):
 *   { "version": 1, "answers": { "<self-check id>": { "<question id>": "<choice id>" } },
 *     "challenges": { "<section id>": ["<challenge id>", ...] } }
 * The self-check id is the section's `data-selfcheck` id, e.g. `detection.selfcheck`.
 * `challenges` was added later and is optional, so records written before it still load.
 * "Clear my progress" (`clearSection`) forgets both of one section.
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

/** Challenges met: challenge ids by section id. */
export type ProgressChallenges = Readonly<Record<string, readonly string[]>>;

/** Everything kept: self-check answers and challenges met. */
export interface ProgressRecord {
  answers: ProgressAnswers;
  challenges: ProgressChallenges;
}

const Id = v.pipe(v.string(), v.maxLength(200));
const ProgressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  answers: v.record(Id, v.record(Id, Id)),
  challenges: v.optional(v.record(Id, v.pipe(v.array(Id), v.maxLength(500))), {}),
});

/** The self-check id of a section (`<section id>.selfcheck`). */
export function selfCheckIdOf(sectionId: string): string {
  return `${sectionId}.selfcheck`;
}

/** The section id of a self-check id (`depth.selfcheck` gives `depth`). */
export function sectionOfSelfCheck(checkId: string): string {
  return checkId.replace(/\.selfcheck$/, '');
}

/** Reads a stored record (answers and challenges); damaged, foreign or other-version data gives an empty one. */
export function parseProgressRecord(text: string | null): ProgressRecord {
  const empty: ProgressRecord = { answers: {}, challenges: {} };
  if (text === null) return empty;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return empty;
  }
  const result = v.safeParse(ProgressSchema, data);
  return result.success ? { answers: result.output.answers, challenges: result.output.challenges } : empty;
}

/** Reads a stored progress record; anything damaged, foreign or of another version gives no answers. */
export function parseProgress(text: string | null): ProgressAnswers {
  return parseProgressRecord(text).answers;
}

/** The stored text of some answers (and challenges met, when any). */
export function serializeProgress(answers: ProgressAnswers, challenges: ProgressChallenges = {}): string {
  return JSON.stringify(
    Object.keys(challenges).length > 0
      ? { version: PROGRESS_VERSION, answers, challenges }
      : { version: PROGRESS_VERSION, answers },
  );
}

/** The challenges with one more met in a section (unchanged when it was already met). */
export function withChallengeMet(
  challenges: ProgressChallenges,
  sectionId: string,
  challengeId: string,
): ProgressChallenges {
  const met = challenges[sectionId] ?? [];
  return met.includes(challengeId) ? challenges : { ...challenges, [sectionId]: [...met, challengeId] };
}

/** The challenges without those of one section. */
export function withoutChallenges(challenges: ProgressChallenges, sectionId: string): ProgressChallenges {
  const rest = { ...challenges };
  delete rest[sectionId];
  return rest;
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
  return readProgressRecord(storage).answers;
}

/** A snapshot of everything stored: answers and challenges met (empty when unavailable or damaged). */
export function readProgressRecord(
  storage: Pick<Storage, 'getItem'> | null = browserStorage(),
): ProgressRecord {
  try {
    return parseProgressRecord(storage?.getItem(PROGRESS_STORAGE_KEY) ?? null);
  } catch {
    return { answers: {}, challenges: {} };
  }
}

/** The progress store's state and actions. */
export interface ProgressState {
  answers: ProgressAnswers;
  /** Challenges met, by section id. */
  challenges: ProgressChallenges;
  /** Records a challenge met in a section and saves it. */
  meetChallenge: (sectionId: string, challengeId: string) => void;
  /**
   * "Clear my progress": forgets a section's self-check answers (those of `checkId`, default
   * `<section>.selfcheck`) and its challenges met, and saves that.
   */
  clearSection: (sectionId: string, checkId?: string) => void;
  /** Records the reader's choice for one question and saves it. */
  answer: (checkId: string, questionId: string, choiceId: string) => void;
  /** Forgets the answers of one self-check, or of all when `checkId` is undefined, and saves that. */
  clear: (checkId?: string) => void;
}

/** Builds a progress store over a storage (null: kept in memory only). */
export function createProgressStore(storage: ProgressStorage | null): StoreApi<ProgressState> {
  const save = ({ answers, challenges }: ProgressRecord) => {
    try {
      if (Object.keys(answers).length === 0 && Object.keys(challenges).length === 0)
        storage?.removeItem(PROGRESS_STORAGE_KEY);
      else storage?.setItem(PROGRESS_STORAGE_KEY, serializeProgress(answers, challenges));
    } catch {
      // Storage full or disabled: the progress lasts for this visit.
    }
  };
  const initial = readProgressRecord(storage);
  return createStore<ProgressState>()((set, get) => {
    const update = (next: ProgressRecord) => {
      set(next);
      save(next);
    };
    return {
      answers: initial.answers,
      challenges: initial.challenges,
      answer: (checkId, questionId, choiceId) =>
        update({
          answers: withAnswer(get().answers, checkId, questionId, choiceId),
          challenges: get().challenges,
        }),
      clear: (checkId) =>
        update({
          answers: withoutAnswers(get().answers, checkId),
          challenges: checkId === undefined ? {} : get().challenges,
        }),
      meetChallenge: (sectionId, challengeId) => {
        const challenges = withChallengeMet(get().challenges, sectionId, challengeId);
        if (challenges !== get().challenges) update({ answers: get().answers, challenges });
      },
      clearSection: (sectionId, checkId = selfCheckIdOf(sectionId)) =>
        update({
          answers: withoutAnswers(get().answers, checkId),
          challenges: withoutChallenges(get().challenges, sectionId),
        }),
    };
  });
}

/** The app's progress store (over localStorage). */
export const progressStore: StoreApi<ProgressState> = createProgressStore(browserStorage());

/** Reads one value of the progress store; re-renders when it changes. */
export function useProgress<U>(selector: (state: ProgressState) => U): U {
  return useStore(progressStore, selector);
}

/**
 * The progress store seen as a self-check store (src/widgets/selfCheckStore.ts):
 * what the shell provides to every SelfCheck. Its clear ("Clear my progress")
 * forgets the section's answers and its challenges met.
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
    clear: (checkId) => store.getState().clearSection(sectionOfSelfCheck(checkId), checkId),
  };
}
