import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HISTORY_LIMIT, emptyHistory, record, redo, undo, type History } from './history';

describe('history', () => {
  it('undo returns the state before the last edit, redo the state after it', () => {
    let h = emptyHistory<string>();
    h = record(h, 'a'); // a -> b
    h = record(h, 'b'); // b -> c
    const u1 = undo(h, 'c')!;
    expect(u1.state).toBe('b');
    const u2 = undo(u1.history, u1.state)!;
    expect(u2.state).toBe('a');
    expect(undo(u2.history, u2.state)).toBeNull();
    const r1 = redo(u2.history, u2.state)!;
    expect(r1.state).toBe('b');
    const r2 = redo(r1.history, r1.state)!;
    expect(r2.state).toBe('c');
    expect(redo(r2.history, r2.state)).toBeNull();
  });

  it('a fresh edit after undo clears the redo stack', () => {
    let h = emptyHistory<string>();
    h = record(h, 'a');
    const u = undo(h, 'b')!;
    expect(u.history.future).toEqual(['b']);
    const h2 = record(u.history, 'a');
    expect(h2.future).toEqual([]);
    expect(redo(h2, 'x')).toBeNull();
  });

  it('keeps at least 50 steps and drops the oldest beyond the limit', () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(50);
    let h = emptyHistory<number>(3);
    for (let i = 0; i < 5; i++) h = record(h, i);
    expect(h.past).toEqual([2, 3, 4]);
  });

  it('undoes 50 edits back to the very first state', () => {
    let h = emptyHistory<number>();
    let current = 0;
    for (let i = 1; i <= 50; i++) {
      h = record(h, current);
      current = i;
    }
    for (let i = 0; i < 50; i++) {
      const u = undo(h, current)!;
      h = u.history;
      current = u.state;
    }
    expect(current).toBe(0);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => emptyHistory(0)).toThrow(RangeError);
  });

  it('any sequence of undos followed by as many redos returns to the same state', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 40 }), fc.nat(), (values, k) => {
        let h: History<number> = emptyHistory();
        let current = -1;
        for (const v of values) {
          h = record(h, current);
          current = v;
        }
        const end = current;
        const n = k % (values.length + 1);
        for (let i = 0; i < n; i++) {
          const u = undo(h, current)!;
          h = u.history;
          current = u.state;
        }
        for (let i = 0; i < n; i++) {
          const r = redo(h, current)!;
          h = r.history;
          current = r.state;
        }
        expect(current).toBe(end);
        expect(h.future).toEqual([]);
      }),
    );
  });
});
