import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeMask, encodeMask } from './maskCodec';

describe('mask codec', () => {
  it('keeps a blocky 160 x 120 mask short (under 1,000 characters) and in the base64url alphabet', () => {
    const mask = new Uint8Array(160 * 120);
    for (let y = 30; y < 90; y++) mask.fill(2, y * 160 + 40, y * 160 + 100);
    const text = encodeMask(mask);
    expect(text.length).toBeLessThan(1000);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('is deterministic', () => {
    const mask = Uint8Array.from({ length: 500 }, (_, i) => (i * 7) % 4);
    expect(encodeMask(mask)).toBe(encodeMask(mask.slice()));
  });

  it('round-trips any label bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 400, max: 3 }), (labels) => {
        expect(Array.from(decodeMask(encodeMask(labels), labels.length, 4)!)).toEqual(Array.from(labels));
      }),
    );
  });

  it('refuses a wrong length, a label out of range and damaged text', () => {
    const text = encodeMask(Uint8Array.from([0, 1, 2, 3]));
    expect(decodeMask(text, 5, 4)).toBeNull();
    expect(decodeMask(text, 3, 4)).toBeNull();
    expect(decodeMask(text, 4, 3)).toBeNull();
    expect(decodeMask('not base64!', 4, 4)).toBeNull();
    expect(decodeMask('AAAA', 4, 4)).toBeNull();
    expect(decodeMask('', 4, 4)).toBeNull();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = decodeMask(s, 16, 4);
        expect(out === null || out.length === 16).toBe(true);
      }),
    );
  });
});
