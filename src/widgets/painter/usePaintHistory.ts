/**
 * Undo / redo for the mask painter: every change of the mask goes through
 * `change`, which records the previous mask string; `undo` and `redo` step
 * through them (the pure `history`). The history lives in React state (it is
 * not shared in links); the mask itself lives in the caller's widget state.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { emptyHistory, record, redo, undo, type History } from './history';

/** What a painter needs to change its mask with history. */
export interface PaintHistory {
  change: (next: string) => void;
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * History over the mask string `current`; `apply` writes a mask into the
 * widget state. A change to the same mask records nothing.
 */
export function usePaintHistory(current: string, apply: (mask: string) => void): PaintHistory {
  const [history, setHistory] = useState<History<string>>(() => emptyHistory());
  const latest = useRef({ current, history });
  useLayoutEffect(() => {
    latest.current = { current, history };
  }, [current, history]);

  const change = useCallback(
    (next: string) => {
      const { current: now, history: h } = latest.current;
      if (next === now) return;
      const recorded = record(h, now);
      latest.current = { current: next, history: recorded };
      setHistory(recorded);
      apply(next);
    },
    [apply],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      const { current: now, history: h } = latest.current;
      const result = direction === 'undo' ? undo(h, now) : redo(h, now);
      if (!result) return;
      latest.current = { current: result.state, history: result.history };
      setHistory(result.history);
      apply(result.state);
    },
    [apply],
  );

  return {
    change,
    undo: useCallback(() => step('undo'), [step]),
    redo: useCallback(() => step('redo'), [step]),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  };
}
