/**
 * A page-wide note that a hung metrics worker was just replaced, for the
 * readouts to say so for a few seconds (DESIGN.md, "Readouts").
 */
import { useSyncExternalStore } from 'react';

/** How long readouts show the restart notice. */
export const RESTART_NOTICE_MS = 8000;

let restarts = 0;
let visible = false;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** Records that a hung worker was restarted; the notice shows for RESTART_NOTICE_MS. */
export function noteWorkerRestart(): void {
  restarts++;
  visible = true;
  if (timer !== undefined) clearTimeout(timer);
  timer = setTimeout(() => {
    visible = false;
    timer = undefined;
    emit();
  }, RESTART_NOTICE_MS);
  emit();
}

/** Number of hung-worker restarts since the page loaded. */
export function workerRestartCount(): number {
  return restarts;
}

/** True for RESTART_NOTICE_MS after the last restart. */
export function restartNoticeVisible(): boolean {
  return visible;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** React hook: true for a few seconds after a hung worker was restarted. */
export function useWorkerRestartNotice(): boolean {
  return useSyncExternalStore(subscribe, restartNoticeVisible, () => false);
}
