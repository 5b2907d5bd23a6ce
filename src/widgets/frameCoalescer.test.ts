import { describe, expect, it } from 'vitest';
import { frameCoalescer, type FrameClock } from './frameCoalescer';

/** A fake requestAnimationFrame: callbacks run when the test calls `tick`. */
function fakeClock() {
  let next = 1;
  const queue = new Map<number, () => void>();
  const clock: FrameClock = {
    request: (cb) => {
      queue.set(next, cb);
      return next++;
    },
    cancel: (h) => {
      queue.delete(h);
    },
  };
  const tick = () => {
    const due = [...queue.values()];
    queue.clear();
    for (const cb of due) cb();
  };
  return { clock, tick, scheduled: () => queue.size };
}

/** A coalescer on a fake clock that records what it delivers in `got`. */
function coalescerOnFakeClock<T>() {
  const f = fakeClock();
  const got: T[] = [];
  const c = frameCoalescer(f.clock, (v: T) => got.push(v));
  return { f, got, c };
}

describe('frameCoalescer', () => {
  it('delivers only the newest of many values pushed in one frame, once', () => {
    const { f, got, c } = coalescerOnFakeClock<number>();
    for (let i = 1; i <= 30; i++) c.push(i);
    expect(f.scheduled()).toBe(1);
    expect(got).toEqual([]);
    f.tick();
    expect(got).toEqual([30]);
    f.tick();
    expect(got).toEqual([30]);
  });

  it('delivers once per frame across frames', () => {
    const { f, got, c } = coalescerOnFakeClock<string>();
    c.push('a');
    c.push('b');
    f.tick();
    c.push('c');
    f.tick();
    expect(got).toEqual(['b', 'c']);
  });

  it('flush delivers the pending value at once and cancels its frame', () => {
    const { f, got, c } = coalescerOnFakeClock<number>();
    c.push(7);
    expect(c.pending()).toBe(true);
    c.flush();
    expect(got).toEqual([7]);
    expect(f.scheduled()).toBe(0);
    c.flush();
    expect(got).toEqual([7]);
  });

  it('cancel drops the pending value', () => {
    const { f, got, c } = coalescerOnFakeClock<number>();
    c.push(1);
    c.cancel();
    f.tick();
    expect(got).toEqual([]);
    expect(c.pending()).toBe(false);
  });

  it('delivers a falsy value such as 0', () => {
    const { f, got, c } = coalescerOnFakeClock<number>();
    c.push(0);
    f.tick();
    expect(got).toEqual([0]);
  });
});
