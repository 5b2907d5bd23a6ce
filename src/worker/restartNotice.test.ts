import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  noteWorkerRestart,
  restartNoticeVisible,
  RESTART_NOTICE_MS,
  workerRestartCount,
} from './restartNotice';

describe('restart notice', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows for RESTART_NOTICE_MS after the last restart, then hides', () => {
    vi.useFakeTimers();
    const before = workerRestartCount();
    expect(restartNoticeVisible()).toBe(false);
    noteWorkerRestart();
    vi.advanceTimersByTime(RESTART_NOTICE_MS - 1);
    noteWorkerRestart();
    vi.advanceTimersByTime(RESTART_NOTICE_MS - 1);
    expect(restartNoticeVisible()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(restartNoticeVisible()).toBe(false);
    expect(workerRestartCount()).toBe(before + 2);
  });
});
