import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Stubs of the worker's browser APIs: a 1x1 red photo per fetch, counting fetches; `failFirst` makes the first fetch fail. */
function stubBrowser(failFirst = false) {
  const fetched: string[] = [];
  vi.stubGlobal('self', { location: { origin: 'http://site' } });
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const ok = !(failFirst && fetched.length === 1);
    return { ok, status: ok ? 200 : 503, blob: async () => 'png' };
  });
  vi.stubGlobal('createImageBitmap', async () => ({ width: 1, height: 1, close: () => {} }));
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext() {
        return {
          fillRect: () => {},
          drawImage: () => {},
          getImageData: () => ({ data: Uint8ClampedArray.from([200, 10, 20, 255]) }),
        };
      }
    },
  );
  return fetched;
}

describe('worker photo decoding', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('fetches and decodes each photo once per worker and hands out the same pixels every time', async () => {
    const fetched = stubBrowser();
    const { loadPhoto } = await import('./photoDecode');
    const a = await loadPhoto('astronaut', 'http://site/app/');
    const b = await loadPhoto('astronaut', 'http://site/app/');
    expect(b).toBe(a);
    expect(Array.from(a.data)).toEqual([200, 10, 20]);
    expect(fetched).toEqual(['http://site/app/images/astronaut.png']);
  });

  it('rebuilds transparently: a failed load is retried, and a new worker (fresh module) decodes again', async () => {
    const fetched = stubBrowser(true);
    const first = await import('./photoDecode');
    await expect(first.loadPhoto('astronaut', 'http://site/')).rejects.toThrow(/HTTP 503/);
    const ok = await first.loadPhoto('astronaut', 'http://site/');
    vi.resetModules();
    const restarted = await import('./photoDecode');
    const again = await restarted.loadPhoto('astronaut', 'http://site/');
    expect(again).not.toBe(ok);
    expect(again).toEqual(ok);
    expect(fetched).toHaveLength(3);
  });

  it('refuses an unknown photo and another site', async () => {
    stubBrowser();
    const { loadPhoto } = await import('./photoDecode');
    await expect(loadPhoto('nope', 'http://site/')).rejects.toThrow(/unknown photo/);
    await expect(loadPhoto('astronaut', 'http://elsewhere/')).rejects.toThrow(/photo_base/);
  });
});
