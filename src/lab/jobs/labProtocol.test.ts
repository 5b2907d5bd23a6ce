import { describe, expect, it } from 'vitest';
import {
  clampFraction,
  collectTransferables,
  createLabRequestHandler,
  isLabWorkerMessage,
  PROGRESS_INTERVAL_MS,
  type AnyLabHandler,
  type LabWorkerMessage,
} from './labProtocol';
import { LabInputError, type LabJobContext } from './types';

function recorder() {
  const posts: { message: LabWorkerMessage; transfer: Transferable[] }[] = [];
  return {
    posts,
    post: (message: LabWorkerMessage, transfer: Transferable[]) => posts.push({ message, transfer }),
  };
}

describe('createLabRequestHandler', () => {
  it('runs the kind’s handler and posts its result with its typed arrays’ buffers transferred', async () => {
    const { posts, post } = recorder();
    const values = new Float64Array([1, 2, 3]);
    const handlers: Record<string, AnyLabHandler> = {
      sum: ((input: { xs: number[] }) => ({
        total: input.xs.reduce((a, b) => a + b, 0),
        values,
      })) as AnyLabHandler,
    };
    await createLabRequestHandler(
      handlers,
      post,
      () => 0,
    )({ type: 'run', kind: 'sum', input: { xs: [1, 2, 3] } });
    expect(posts).toHaveLength(1);
    expect(posts[0]?.message).toEqual({ type: 'result', value: { total: 6, values } });
    expect(posts[0]?.transfer).toEqual([values.buffer]);
  });

  it('posts a LabInputError as an input error with its message naming the file', async () => {
    const { posts, post } = recorder();
    const handlers: Record<string, AnyLabHandler> = {
      bad: () => {
        throw new LabInputError('results.json', 'entry 1,204', 'bbox width is -3');
      },
    };
    await createLabRequestHandler(handlers, post, () => 0)({ type: 'run', kind: 'bad', input: null });
    expect(posts.map((p) => p.message)).toEqual([
      { type: 'error', message: 'results.json, entry 1,204: bbox width is -3', input: true },
    ]);
  });

  it('posts any other failure, sync or async, as a non-input error', async () => {
    const { posts, post } = recorder();
    const handlers: Record<string, AnyLabHandler> = {
      boom: async () => {
        await Promise.resolve();
        throw new RangeError('out of memory');
      },
    };
    await createLabRequestHandler(handlers, post, () => 0)({ type: 'run', kind: 'boom', input: null });
    expect(posts.map((p) => p.message)).toEqual([{ type: 'error', message: 'out of memory', input: false }]);
  });

  it('answers an unknown kind or a message that is not a request with an error', async () => {
    const { posts, post } = recorder();
    const handle = createLabRequestHandler({}, post, () => 0);
    await handle({ type: 'run', kind: 'toString', input: null });
    await handle('hello');
    expect(posts.map((p) => p.message.type)).toEqual(['error', 'error']);
    expect((posts[0]?.message as { message: string }).message).toContain('toString');
  });

  it('forwards progress at most once per interval, the first report always, with fractions clamped', async () => {
    const { posts, post } = recorder();
    let clock = 1000;
    const handlers: Record<string, AnyLabHandler> = {
      slow: ((_input: unknown, ctx: LabJobContext) => {
        ctx.progress(-0.5, 'start'); // t = 1000: sent (clamped to 0)
        clock += PROGRESS_INTERVAL_MS / 2;
        ctx.progress(0.3, 'too soon'); // dropped
        clock += PROGRESS_INTERVAL_MS / 2;
        ctx.progress(0.6, 'later'); // sent
        clock += 1;
        ctx.progress(2, 'again too soon'); // dropped
        return 'ok';
      }) as AnyLabHandler,
    };
    await createLabRequestHandler(handlers, post, () => clock)({ type: 'run', kind: 'slow', input: null });
    expect(posts.map((p) => p.message)).toEqual([
      { type: 'progress', fraction: 0, label: 'start' },
      { type: 'progress', fraction: 0.6, label: 'later' },
      { type: 'result', value: 'ok' },
    ]);
  });
});

describe('collectTransferables', () => {
  it('finds each buffer once through objects, arrays and Maps', () => {
    const a = new ArrayBuffer(8);
    const b = new Uint8Array(4);
    const c = new Float32Array(b.buffer);
    const found = collectTransferables({
      files: [{ name: 'x', bytes: a }],
      maps: new Map([['k', b]]),
      c,
      n: 3,
    });
    expect(found).toHaveLength(2);
    expect(found).toContain(a);
    expect(found).toContain(b.buffer);
  });

  it('does not loop on cycles and ignores class instances other than buffers', () => {
    const o: Record<string, unknown> = {};
    o.self = o;
    o.date = new Date();
    expect(collectTransferables(o)).toEqual([]);
  });
});

describe('messages', () => {
  it('clamps fractions and maps NaN to 0', () => {
    expect([clampFraction(NaN), clampFraction(-1), clampFraction(0.25), clampFraction(Infinity)]).toEqual([
      0, 0, 0.25, 1,
    ]);
  });

  it('recognises the worker’s messages only', () => {
    expect(isLabWorkerMessage({ type: 'progress', fraction: 0.5, label: 'x' })).toBe(true);
    expect(isLabWorkerMessage({ type: 'result', value: undefined })).toBe(true);
    expect(isLabWorkerMessage({ type: 'error', message: 'm', input: false })).toBe(true);
    expect(isLabWorkerMessage({ type: 'error', message: 'm' })).toBe(false);
    expect(isLabWorkerMessage({ type: 'progress', fraction: '1', label: 'x' })).toBe(false);
    expect(isLabWorkerMessage(null)).toBe(false);
  });
});
