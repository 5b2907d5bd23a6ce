import { describe, expect, it } from 'vitest';
import { encode } from 'fast-png';
import { runImagePairJob } from './imagePairJob';
import { DEFAULT_IMAGE_PAIR_SETTINGS, type ImagePairSettings } from './settings';
import { casePng, expectedNumber, uint8ImageCases } from '../labPixelsCases.test-helper';
import type { LabFile } from '../jobs/types';

const ctx = { progress: () => {} };
const file = (name: string, bytes: Uint8Array): LabFile => ({ name, bytes: bytes.slice().buffer });

function caseSettings(args: Record<string, unknown>): ImagePairSettings {
  return {
    dataRange: args.data_range as number,
    gaussian: (args.gaussian_weights as boolean | undefined) ?? false,
    winSize: (args.win_size as number | undefined) ?? 7,
    K1: (args.K1 as number | undefined) ?? 0.01,
    K2: (args.K2 as number | undefined) ?? 0.03,
    sampleCovariance: (args.use_sample_covariance as boolean | undefined) ?? true,
  };
}

describe('runImagePairJob on the reference cases (8-bit PNGs)', () => {
  const cases = uint8ImageCases();
  it('finds psnr and ssim cases', () => {
    expect(cases.filter((c) => c.metric === 'psnr').length).toBeGreaterThan(4);
    expect(cases.filter((c) => c.metric === 'ssim').length).toBeGreaterThan(4);
  });
  for (const c of cases) {
    it(c.id, async () => {
      const input = {
        reference: file('a.png', casePng(c.a)),
        distorted: file('b.png', casePng(c.b)),
        settings: caseSettings(c.args),
      };
      const exp = c.expected as Record<string, unknown>;
      if (typeof exp === 'object' && exp !== null && 'error' in exp) {
        await expect(runImagePairJob(input, ctx)).rejects.toThrow(
          /^(b\.png: its size|SSIM settings: win_size)/,
        );
        return;
      }
      const r = await runImagePairJob(input, ctx);
      const want = expectedNumber(c.metric === 'psnr' ? c.expected : exp.mssim);
      const got = c.metric === 'psnr' ? r.psnr : r.mssim;
      if (!Number.isFinite(want)) expect(got).toBe(want);
      else expect(Math.abs(got - want)).toBeLessThanOrEqual(c.atol + c.rtol * Math.abs(want));
      expect(r.mapRgba.length).toBe(c.a.width * c.a.height * 4);
    });
  }
});

describe('runImagePairJob input checks', () => {
  const grey = (w: number, h: number) =>
    encode({ width: w, height: h, channels: 1, depth: 8, data: new Uint8Array(w * h) });
  it('refuses different sizes naming both', async () => {
    const input = {
      reference: file('ref.png', grey(16, 16)),
      distorted: file('dist.png', grey(8, 12)),
      settings: DEFAULT_IMAGE_PAIR_SETTINGS,
    };
    await expect(runImagePairJob(input, ctx)).rejects.toThrow(
      'dist.png: its size 8 × 12, grey differs from the reference ref.png (16 × 16, grey)',
    );
  });
  it('refuses a file that is not an image', async () => {
    const input = {
      reference: file('ref.png', grey(16, 16)),
      distorted: file('notes.txt', new TextEncoder().encode('hello')),
      settings: DEFAULT_IMAGE_PAIR_SETTINGS,
    };
    await expect(runImagePairJob(input, ctx)).rejects.toThrow(
      'notes.txt: not an image (expected PNG, JPEG or WebP)',
    );
  });
  it('reports a window larger than the image', async () => {
    const input = {
      reference: file('ref.png', grey(5, 5)),
      distorted: file('dist.png', grey(5, 5)),
      settings: DEFAULT_IMAGE_PAIR_SETTINGS,
    };
    await expect(runImagePairJob(input, ctx)).rejects.toThrow(/^SSIM settings: win_size: 7 is larger/);
  });
  it('reads 16-bit PNGs at full depth and drops alpha', async () => {
    const data = new Uint16Array(8 * 8 * 2).map((_, k) => (k % 2 ? 65535 : (k / 2) * 900));
    const png = encode({ width: 8, height: 8, channels: 2, depth: 16, data });
    const r = await runImagePairJob(
      {
        reference: file('a.png', png),
        distorted: file('b.png', png),
        settings: { ...DEFAULT_IMAGE_PAIR_SETTINGS, dataRange: 65535, winSize: 3 },
      },
      ctx,
    );
    expect(r.reference).toMatchObject({ bits: 16, channels: 1, max: 63 * 900 });
    expect(r.psnr).toBe(Infinity);
    expect(r.mssim).toBe(1);
  });
});
