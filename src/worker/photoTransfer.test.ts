import { describe, expect, it } from 'vitest';
import { pictureTransferables } from './photoTransfer';
import { createWorkerApi } from './api';
import type { MetricEntry } from '../metrics/entry';

describe('picture transfer', () => {
  it('lists the buffers of the picture fields only, each once', () => {
    const rgba = new Uint8ClampedArray(8);
    const heat = new Uint8ClampedArray(8);
    const other = new Float64Array(4);
    const list = pictureTransferables({ rgba, heat, a_rgba: rgba, map: other, psnr: 3 });
    expect(list).toEqual([rgba.buffer, heat.buffer]);
    expect(pictureTransferables(42)).toEqual([]);
    expect(pictureTransferables(null)).toEqual([]);
  });
});

describe('worker API hooks', () => {
  const entry: MetricEntry = {
    id: 'echo',
    args: {},
    compute: (args) => ({ got: args.value }),
  };

  it('prepares the arguments and wraps the result when hooks are given', async () => {
    const api = createWorkerApi(
      () => entry,
      () => ['echo'],
      {
        prepare: async (_id, args) => ({ ...args, value: 'prepared' }),
        send: (_id, result) => ({ sent: result }),
      },
    );
    expect(await api.compute('echo', { value: 'raw' })).toEqual({ sent: { got: 'prepared' } });
  });

  it('works as before without hooks', async () => {
    const api = createWorkerApi(
      () => entry,
      () => ['echo'],
    );
    expect(await api.compute('echo', { value: 1 })).toEqual({ got: 1 });
  });
});
