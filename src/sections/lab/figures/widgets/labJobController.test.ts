import { describe, expect, it } from 'vitest';
import type { runLabJob } from '../../../../lab/jobs/runLabJob';
import { LabJobError } from '../../../../lab/jobs/runLabJob';
import { createLabJobController } from './labJobController';
import { initialLabJobState, labJobReducer, type LabJobEvent, type LabJobState } from './labJobState';

/** A runner whose jobs the test settles by hand, recording cancels. */
function manualRunner() {
  const jobs: {
    input: unknown;
    resolve: (v: unknown) => void;
    reject: (e: unknown) => void;
    progress: (f: number, l: string) => void;
    cancelled: boolean;
  }[] = [];
  const runner = ((
    _kind: string,
    input: unknown,
    options: { onProgress?: (f: number, l: string) => void },
  ) => {
    let resolve: (v: unknown) => void = () => {};
    let reject: (e: unknown) => void = () => {};
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    const job = {
      input,
      resolve,
      reject,
      progress: (f: number, l: string) => options.onProgress?.(f, l),
      cancelled: false,
    };
    jobs.push(job);
    return {
      promise,
      cancel: () => {
        job.cancelled = true;
        reject(new LabJobError('Cancelled.', { cancelled: true }));
      },
    };
  }) as unknown as typeof runLabJob;
  return { jobs, runner };
}

function harness() {
  const { jobs, runner } = manualRunner();
  let state: LabJobState<unknown> = initialLabJobState();
  const dispatch = (e: LabJobEvent<unknown>) => (state = labJobReducer(state, e));
  const controller = createLabJobController('coco', runner, dispatch);
  return { jobs, controller, state: () => state };
}

describe('createLabJobController', () => {
  it('reports progress and the result', async () => {
    const h = harness();
    const done = h.controller.run('a' as never);
    h.jobs[0]?.progress(0.5, 'half');
    expect(h.state()).toMatchObject({ status: 'running', progress: 0.5, label: 'half' });
    h.jobs[0]?.resolve('first');
    await expect(done).resolves.toBe('first');
    expect(h.state()).toMatchObject({ status: 'done', result: 'first' });
  });

  it('a new run cancels the running one, and only the new one’s answer counts', async () => {
    const h = harness();
    const first = h.controller.run('a' as never);
    const second = h.controller.run('b' as never);
    expect(h.jobs[0]?.cancelled).toBe(true);
    await expect(first).resolves.toBeNull();
    h.jobs[1]?.resolve('second');
    await expect(second).resolves.toBe('second');
    expect(h.state()).toMatchObject({ status: 'done', result: 'second' });
  });

  it('a bad input keeps the last good result and names the problem', async () => {
    const h = harness();
    const first = h.controller.run('a' as never);
    h.jobs[0]?.resolve('good');
    await first;
    const second = h.controller.run('bad' as never);
    h.jobs[1]?.reject(new LabJobError('bad.json: not JSON', { input: true }));
    await expect(second).resolves.toBeNull();
    expect(h.state()).toMatchObject({ status: 'error', result: 'good' });
    expect(h.state().error?.input).toBe(true);
  });

  it('cancel stops the running job and keeps the last result', async () => {
    const h = harness();
    const first = h.controller.run('a' as never);
    h.jobs[0]?.resolve('good');
    await first;
    const second = h.controller.run('b' as never);
    h.controller.cancel();
    await expect(second).resolves.toBeNull();
    expect(h.jobs[1]?.cancelled).toBe(true);
    expect(h.state()).toMatchObject({ status: 'cancelled', result: 'good' });
  });
});
