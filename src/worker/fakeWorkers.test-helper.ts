/**
 * Test helper: fake workers without messaging, for fake timers. Every compute
 * call waits until the test answers it (`answer` resolves with `x * 2`);
 * `start` says the worker began it; `dead` marks handles that were terminated.
 */
import type { WorkerFactory } from './client';

/** A worker factory whose computes wait for the test, with the calls and terminated workers. */
export function fakeWorkers() {
  const calls: { worker: number; x: number; answer: () => void; start: () => void }[] = [];
  const dead = new Set<number>();
  let started = 0;
  const factory: WorkerFactory = (_onCrash, onStarted) => {
    const worker = ++started;
    return {
      compute: (_id, args) =>
        new Promise((resolve) => {
          const x = args.x as number;
          calls.push({ worker, x, answer: () => resolve(x * 2), start: onStarted });
        }),
      terminate: () => dead.add(worker),
    };
  };
  return { factory, calls, dead };
}
