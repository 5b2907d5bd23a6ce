import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeBase64url, encodeBase64url } from './base64url';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('base64url', () => {
  it('encodes the RFC 4648 test vectors without padding', () => {
    expect(encodeBase64url(bytes(''))).toBe('');
    expect(encodeBase64url(bytes('f'))).toBe('Zg');
    expect(encodeBase64url(bytes('fo'))).toBe('Zm8');
    expect(encodeBase64url(bytes('foo'))).toBe('Zm9v');
    expect(encodeBase64url(bytes('foob'))).toBe('Zm9vYg');
    expect(encodeBase64url(bytes('fooba'))).toBe('Zm9vYmE');
    expect(encodeBase64url(bytes('foobar'))).toBe('Zm9vYmFy');
  });

  it('uses - and _ where base64 uses + and /', () => {
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
    expect(Buffer.from([0xfb, 0xff]).toString('base64url')).toBe('-_8');
  });

  it('agrees with Node for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        expect(encodeBase64url(data)).toBe(Buffer.from(data).toString('base64url'));
      }),
    );
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (data) => {
        expect(decodeBase64url(encodeBase64url(data))).toEqual(data);
      }),
    );
  });

  it('rejects padding, foreign characters, impossible lengths and non-canonical tails', () => {
    expect(decodeBase64url('Zg==')).toBeNull();
    expect(decodeBase64url('Zm+v')).toBeNull();
    expect(decodeBase64url('Zm9 v')).toBeNull();
    expect(decodeBase64url('Zm9vY')).toBeNull();
    expect(decodeBase64url('Zh')).toBeNull();
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const out = decodeBase64url(text);
        expect(out === null || out instanceof Uint8Array).toBe(true);
      }),
    );
  });
});
