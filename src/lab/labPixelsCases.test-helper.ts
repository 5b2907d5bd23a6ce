/**
 * Reference cases the Lab's image-pair and depth tests (unit and e2e) run
 * through the jobs: every integer (uint8) `psnr` and `ssim` case of
 * test/reference/cases, and every `depth` case, as files (PNG via fast-png
 * `encode`, float64 .npy via the test writer).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encode } from 'fast-png';
import { writeNpy } from './files/npyWriter.test-helper';

const CASES_DIR = fileURLToPath(new URL('../../test/reference/cases/', import.meta.url));

interface CaseImage {
  width: number;
  height: number;
  channels: number;
  data: (number | string)[];
}

/** A psnr or ssim case with 8-bit images. */
export interface Uint8ImageCase {
  id: string;
  metric: 'psnr' | 'ssim';
  a: CaseImage;
  b: CaseImage;
  args: Record<string, unknown>;
  /** A number, "inf", {mssim} or {error: true}. */
  expected: unknown;
  atol: number;
  rtol: number;
}

/** A depth case. */
export interface DepthCase {
  id: string;
  pred: (number | string)[];
  gt: (number | string)[];
  args: Record<string, unknown>;
  expected: Record<string, number | null | string | boolean>;
}

function load(file: string): {
  id: string;
  metric: string;
  args: Record<string, unknown>;
  expected: unknown;
  tolerance?: { atol?: number; rtol?: number };
}[] {
  return JSON.parse(readFileSync(CASES_DIR + file, 'utf8'));
}

const isUint8 = (img: CaseImage): boolean =>
  img.data.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255);

/** Every psnr and ssim case whose two images are 8-bit integers. */
export function uint8ImageCases(): Uint8ImageCase[] {
  return [...load('psnr.json'), ...load('ssim.json')]
    .filter((c) => isUint8(c.args.a as CaseImage) && isUint8(c.args.b as CaseImage))
    .map((c) => ({
      id: c.id,
      metric: c.metric as 'psnr' | 'ssim',
      a: c.args.a as CaseImage,
      b: c.args.b as CaseImage,
      args: c.args,
      expected: c.expected,
      atol: c.tolerance?.atol ?? 1e-6,
      rtol: c.tolerance?.rtol ?? 1e-6,
    }));
}

/** Every depth case. */
export function depthCases(): DepthCase[] {
  return load('depth.json').map((c) => ({
    id: c.id,
    pred: c.args.pred as (number | string)[],
    gt: c.args.gt as (number | string)[],
    args: c.args,
    expected: c.expected as DepthCase['expected'],
  }));
}

/** An 8-bit grey or RGB PNG of a case image. */
export function casePng(img: CaseImage): Uint8Array {
  return encode({
    width: img.width,
    height: img.height,
    channels: img.channels,
    depth: 8,
    data: Uint8Array.from(img.data as number[]),
  });
}

/** A 1 x N float64 .npy of a depth array ("nan"/"inf" strings as numbers). */
export function depthNpy(values: (number | string)[]): Uint8Array {
  const nums = values.map((v) =>
    typeof v === 'number' ? v : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : NaN,
  );
  return writeNpy({ values: nums, shape: [1, nums.length], dtype: 'f8' });
}

/** The value of an expected number field ("inf" etc. as numbers). */
export function expectedNumber(v: unknown): number {
  if (v === 'inf') return Infinity;
  if (v === '-inf') return -Infinity;
  if (v === 'nan') return NaN;
  return v as number;
}
