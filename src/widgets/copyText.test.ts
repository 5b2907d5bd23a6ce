import { describe, expect, it } from 'vitest';
import { copyText } from './copyText';

describe('copyText', () => {
  it('resolves true when the clipboard takes the text', async () => {
    const taken: string[] = [];
    const ok = await copyText('link', { writeText: async (t) => void taken.push(t) });
    expect(ok).toBe(true);
    expect(taken).toEqual(['link']);
  });

  it('resolves false when the clipboard is missing', async () => {
    expect(await copyText('link', undefined)).toBe(false);
  });

  it('resolves false when the browser refuses', async () => {
    const denied = { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
    expect(await copyText('link', denied)).toBe(false);
  });

  it('resolves false when writeText throws synchronously', async () => {
    const broken = {
      writeText: (): Promise<void> => {
        throw new Error('boom');
      },
    };
    expect(await copyText('link', broken)).toBe(false);
  });
});
