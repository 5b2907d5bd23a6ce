/**
 * The file logic the image-pair and depth panels share: two file slots, a
 * job run whenever both are filled and whenever the settings change, and
 * messages. The results shown stay those of the last run that worked
 * (useLabJob). When a run fails on bad input, the message (naming the file)
 * is shown and the file at fault leaves its slot, so the next file the reader
 * picks runs against the other one; a pair of different sizes keeps both
 * files (either may be the one the reader replaces next). Picking a new file
 * clears old problems. The files live in the tab's Lab session (labSession.ts),
 * so a panel that mounts again (Present, Esc, coming back) has them and runs.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { LabFile } from '../../../../lab/jobs/types';
import type { LabJobs } from '../../../../lab/jobs/handlers';
import { SIZE_MISMATCH } from '../../../../lab/imagePair/decodeImage';
import {
  labSession,
  useLabJob,
  useLabMessages,
  useLabSession,
  type LabJob,
  type LabMessageList,
} from '../widgets';

/** The two files of a panel ('a' is the reference or ground truth, 'b' the distorted image or prediction). */
export interface FilePair {
  a: LabFile | null;
  b: LabFile | null;
}

/** What useFilePairJob gives a panel. */
export interface FilePairJob<K extends 'image-pair' | 'depth'> {
  job: LabJob<K>;
  messages: LabMessageList;
  files: FilePair;
  /** Puts a new file in a slot (clearing old problems) and runs when both slots are filled. */
  load(slot: 'a' | 'b', file: LabFile): void;
  /** Loads both files at once (the example). */
  loadBoth(a: LabFile, b: LabFile): void;
}

type Slot = 'a' | 'b';

/** No files yet. */
const EMPTY: FilePair = { a: null, b: null };

const names = (file: LabFile | null, message: string): boolean =>
  file !== null && (message.startsWith(`${file.name}:`) || message.startsWith(`${file.name},`));

/** The pair after a failed run: without the file at fault (see the module comment). */
export function pairAfterFailure(
  pair: FilePair,
  message: string,
  lastLoaded: Slot | 'both' | null,
): FilePair {
  // Both files may be fine (the reader is moving to a new pair, or picked the wrong one): keep them.
  if (message.includes(SIZE_MISMATCH)) return pair;
  const order: Slot[] = lastLoaded === 'b' ? ['b', 'a'] : ['a', 'b'];
  const fault = order.find((s) => names(pair[s], message));
  return fault ? { ...pair, [fault]: null } : pair;
}

/** Runs a two-file Lab job with the panel's settings. */
export function useFilePairJob<K extends 'image-pair' | 'depth', S>(
  kind: K,
  settings: S,
  makeInput: (a: LabFile, b: LabFile, settings: S) => LabJobs[K]['input'],
): FilePairJob<K> {
  const job = useLabJob(kind);
  const messages = useLabMessages();
  // The Lab session's key: the panel's widget id.
  const key = `lab.${kind}`;
  const [files, setFiles] = useLabSession<FilePair>(key, EMPTY);
  const current = useRef<FilePair>(labSession.get<FilePair>(key) ?? EMPTY);
  const lastLoaded = useRef<Slot | 'both' | null>(null);
  const settingsRef = useRef(settings);
  const make = useRef(makeInput);
  useEffect(() => {
    make.current = makeInput;
  }, [makeInput]);
  const { run } = job;

  const start = useCallback(
    (pair: FilePair) => {
      current.current = pair;
      setFiles(pair);
      if (pair.a && pair.b) void run(make.current(pair.a, pair.b, settingsRef.current));
    },
    [run, setFiles],
  );

  // Mounted again with files kept from before: run with them.
  useEffect(() => {
    const pair = current.current;
    if (pair.a && pair.b) void run(make.current(pair.a, pair.b, settingsRef.current));
  }, [run]);

  // A new error becomes a message; bad input also takes the file at fault out of its slot.
  const error = job.state.error;
  const { error: addError } = messages;
  useEffect(() => {
    if (!error) return;
    addError(error.message);
    if (!error.input) return;
    const next = pairAfterFailure(current.current, error.message, lastLoaded.current);
    if (next !== current.current) {
      current.current = next;
      setFiles(next);
    }
  }, [error, addError, setFiles]);

  // Settings changed: run again with the loaded pair.
  useEffect(() => {
    if (settingsRef.current === settings) return;
    settingsRef.current = settings;
    start(current.current);
  }, [settings, start]);

  const { clear } = messages;
  const load = useCallback(
    (slot: Slot, file: LabFile) => {
      clear('error');
      lastLoaded.current = slot;
      start({ ...current.current, [slot]: file });
    },
    [clear, start],
  );
  const loadBoth = useCallback(
    (a: LabFile, b: LabFile) => {
      clear('error');
      lastLoaded.current = 'both';
      start({ a, b });
    },
    [clear, start],
  );
  return { job, messages, files, load, loadBoth };
}
