import { describe, expect, it } from 'vitest';
import { pairAfterFailure, type FilePair } from './useFilePairJob';

const f = (name: string) => ({ name, bytes: new ArrayBuffer(1) });

describe('pairAfterFailure', () => {
  const pair: FilePair = { a: f('ref.png'), b: f('dist.png') };
  it('takes the file the message names out of its slot', () => {
    expect(pairAfterFailure(pair, 'dist.png: not an image (expected PNG, JPEG or WebP)', 'b')).toEqual({
      a: pair.a,
      b: null,
    });
    expect(pairAfterFailure(pair, 'ref.png, header: no "descr" key', 'b')).toEqual({ a: null, b: pair.b });
  });
  it('keeps both files for a size mismatch and for settings problems', () => {
    const mismatch =
      'dist.png: its size 8 × 9, grey differs from the reference ref.png (8 × 8, grey); both images must have the same size and channels';
    expect(pairAfterFailure(pair, mismatch, 'b')).toBe(pair);
    expect(pairAfterFailure(pair, 'SSIM settings: win_size: 7 is larger than the image (6 x 6)', 'a')).toBe(
      pair,
    );
  });
  it('prefers the file just loaded when both have the same name', () => {
    const same: FilePair = { a: f('x.png'), b: f('x.png') };
    expect(pairAfterFailure(same, 'x.png: corrupt or truncated PNG', 'b')).toEqual({ a: same.a, b: null });
  });
});
