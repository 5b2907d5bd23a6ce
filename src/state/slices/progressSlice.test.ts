import { describe, expect, it } from 'vitest';
import {
  createProgressStore,
  parseProgress,
  parseProgressRecord,
  progressAsSelfCheckStore,
  PROGRESS_STORAGE_KEY,
  readProgress,
  readProgressRecord,
  withChallengeMet,
  serializeProgress,
  withAnswer,
  withoutAnswers,
  type ProgressStorage,
} from './progressSlice';

function memoryStorage(
  initial: Record<string, string> = {},
): ProgressStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, value) => {
      data[k] = value;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

describe('progress record', () => {
  it('round-trips answers', () => {
    const answers = withAnswer(
      withAnswer({}, 'pose.selfcheck', 'five-pixels', 'b'),
      'pose.selfcheck',
      'sky',
      'a',
    );
    expect(parseProgress(serializeProgress(answers))).toEqual({
      'pose.selfcheck': { 'five-pixels': 'b', sky: 'a' },
    });
  });

  it('ignores damaged, foreign and other-version data', () => {
    expect(parseProgress(null)).toEqual({});
    expect(parseProgress('{not json')).toEqual({});
    expect(parseProgress('"hello"')).toEqual({});
    expect(parseProgress(JSON.stringify({ version: 2, answers: {} }))).toEqual({});
    expect(parseProgress(JSON.stringify({ version: 1, answers: { a: { q: 3 } } }))).toEqual({});
    expect(parseProgress(JSON.stringify({ version: 1, answers: { a: 'b' } }))).toEqual({});
  });

  it('replaces an answer and clears one self-check or all', () => {
    let answers = withAnswer({}, 'a', 'q1', 'x');
    answers = withAnswer(answers, 'a', 'q1', 'y');
    answers = withAnswer(answers, 'b', 'q1', 'z');
    expect(answers).toEqual({ a: { q1: 'y' }, b: { q1: 'z' } });
    expect(withoutAnswers(answers, 'a')).toEqual({ b: { q1: 'z' } });
    expect(withoutAnswers(answers)).toEqual({});
  });
});

describe('progress store', () => {
  it('saves answers, reads them back in a new store, and clears them', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.getState().answer('depth.selfcheck', 'sky', 'c');
    expect(readProgress(storage)).toEqual({ 'depth.selfcheck': { sky: 'c' } });
    expect(createProgressStore(storage).getState().answers).toEqual({ 'depth.selfcheck': { sky: 'c' } });
    store.getState().clear('depth.selfcheck');
    expect(storage.data[PROGRESS_STORAGE_KEY]).toBeUndefined();
    expect(readProgress(storage)).toEqual({});
  });

  it('starts empty over damaged storage and keeps working without storage', () => {
    expect(createProgressStore(memoryStorage({ [PROGRESS_STORAGE_KEY]: '[1,2' })).getState().answers).toEqual(
      {},
    );
    const store = createProgressStore(null);
    store.getState().answer('a', 'q', 'x');
    expect(store.getState().answers).toEqual({ a: { q: 'x' } });
    expect(readProgress(null)).toEqual({});
  });
});

describe('challenges met (issue 16 item 5)', () => {
  it('loads a record written before challenges existed', () => {
    const old = JSON.stringify({ version: 1, answers: { 'pose.selfcheck': { sky: 'a' } } });
    const store = createProgressStore(memoryStorage({ [PROGRESS_STORAGE_KEY]: old }));
    expect(store.getState().answers).toEqual({ 'pose.selfcheck': { sky: 'a' } });
    expect(store.getState().challenges).toEqual({});
  });

  it('keeps challenges met next to the answers, once each, and reads them back', () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.getState().answer('depth.selfcheck', 'sky', 'c');
    store.getState().meetChallenge('depth', 'depth.book');
    store.getState().meetChallenge('depth', 'depth.book');
    store.getState().meetChallenge('pose', 'pose.alpha');
    expect(readProgressRecord(storage)).toEqual({
      answers: { 'depth.selfcheck': { sky: 'c' } },
      challenges: { depth: ['depth.book'], pose: ['pose.alpha'] },
    });
    expect(readProgress(storage)).toEqual({ 'depth.selfcheck': { sky: 'c' } });
  });

  it("clears a section's answers and challenges together, and only that section", () => {
    const storage = memoryStorage();
    const store = createProgressStore(storage);
    store.getState().answer('depth.selfcheck', 'sky', 'c');
    store.getState().meetChallenge('depth', 'depth.book');
    store.getState().meetChallenge('pose', 'pose.alpha');
    progressAsSelfCheckStore(store).clear('depth.selfcheck');
    expect(readProgressRecord(storage)).toEqual({ answers: {}, challenges: { pose: ['pose.alpha'] } });
    store.getState().clearSection('pose');
    expect(storage.data[PROGRESS_STORAGE_KEY]).toBeUndefined();
  });

  it('ignores damaged challenge lists', () => {
    const bad = JSON.stringify({ version: 1, answers: {}, challenges: { depth: 'x' } });
    expect(parseProgressRecord(bad)).toEqual({ answers: {}, challenges: {} });
    expect(withChallengeMet({}, 'a', 'b')).toEqual({ a: ['b'] });
  });
});
