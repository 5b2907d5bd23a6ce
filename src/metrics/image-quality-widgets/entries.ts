/**
 * App-only registry entries of the image-quality section (photo pipelines that
 * degrade a photo and score the copies in one worker request). The worker
 * decodes the photo named by `photo` into `image` (and the browser-encoded
 * JPEG copy into `jpeg`) before these run; here everything is pure.
 */
import type { MetricEntry } from '../entry';
import type { Raster } from '../types';
import { readNumber, readOptionalNumber, readRaster } from '../args';
import { MetricInputError } from '../validate';
import { COPY_KINDS, type CopyKind, type CopySpec } from './copies';
import { comparePair, featureTable, inspectPixel, matchNoiseToBlur, scoredCopy, ssimMapOf } from './pipeline';
import { filterBankDistance } from './filterBank';

function readKind(args: Record<string, unknown>): CopyKind {
  const k = args.kind;
  if (typeof k !== 'string' || !(COPY_KINDS as readonly string[]).includes(k)) {
    throw new MetricInputError('kind', `expected one of ${COPY_KINDS.join(', ')}, got ${String(k)}`);
  }
  return k as CopyKind;
}

function readSeed(args: Record<string, unknown>): number {
  const s = readOptionalNumber(args, 'seed', 1);
  if (!Number.isInteger(s)) throw new MetricInputError('seed', `expected an integer, got ${s}`);
  return s;
}

function readSpec(args: Record<string, unknown>): CopySpec {
  return { kind: readKind(args), level: readNumber(args, 'level'), seed: readSeed(args) };
}

function readOptionalRaster(args: Record<string, unknown>, name: string): Raster | null {
  return args[name] === undefined || args[name] === null ? null : readRaster(args, name);
}

function readInt(args: Record<string, unknown>, name: string): number {
  const v = readNumber(args, name);
  if (!Number.isInteger(v)) throw new MetricInputError(name, `expected an integer, got ${v}`);
  return v;
}

const COPY_LATEX = String.raw`\mathrm{PSNR} = 10 \log_{10} \frac{255^2}{\mathrm{MSE}},\quad \mathrm{MSE} = \frac{1}{N}\sum_i (x_i - y_i)^2`;

/** Entries of the image-quality section's widgets. */
export const imageQualityWidgetsEntries: MetricEntry[] = [
  {
    id: 'image_quality_copy',
    title: 'A degraded copy of a photo, scored with PSNR, MSE and SSIM',
    higherIsBetter: true,
    range: [0, Infinity],
    latex: COPY_LATEX,
    /** Args: image, kind, level, seed (noise), jpeg (kind jpeg). Result: CopyResult. */
    compute: (args) =>
      scoredCopy(readRaster(args, 'image'), readSpec(args), readOptionalRaster(args, 'jpeg')),
  },
  {
    id: 'image_quality_match_noise',
    title: 'Noise level with the same PSNR as a blurred copy (bisection)',
    higherIsBetter: null,
    range: [0, Infinity],
    latex: String.raw`\sigma^* : \mathrm{MSE}(x, \mathrm{noisy}_{\sigma^*}(x)) = \mathrm{MSE}(x, \mathrm{blur}(x))`,
    /** Args: image, blur (sigma), seed. Result: MatchResult. */
    compute: (args) => matchNoiseToBlur(readRaster(args, 'image'), readNumber(args, 'blur'), readSeed(args)),
  },
  {
    id: 'image_quality_ssim_map',
    title: 'SSIM map of a degraded copy',
    higherIsBetter: true,
    range: [-1, 1],
    latex: String.raw`\mathrm{SSIM}(x, y) = l \cdot c \cdot s`,
    /** Args: image, kind (not translation), level, seed, jpeg. Result: SsimMapResult. */
    compute: (args) => ssimMapOf(readRaster(args, 'image'), readSpec(args), readOptionalRaster(args, 'jpeg')),
  },
  {
    id: 'image_quality_ssim_pixel',
    title: 'SSIM terms of one pixel, per channel',
    higherIsBetter: true,
    range: [-1, 1],
    latex: String.raw`l = \frac{2\mu_x\mu_y + C_1}{\mu_x^2 + \mu_y^2 + C_1},\ c = \frac{2\sigma_x\sigma_y + C_2}{\sigma_x^2 + \sigma_y^2 + C_2},\ s = \frac{\sigma_{xy} + C_3}{\sigma_x\sigma_y + C_3}`,
    /** Args: image, kind, level, seed, jpeg, x, y. Result: {channels: PixelTerms[], c1, c2}. */
    compute: (args) =>
      inspectPixel(
        readRaster(args, 'image'),
        readSpec(args),
        readInt(args, 'x'),
        readInt(args, 'y'),
        readOptionalRaster(args, 'jpeg'),
      ),
  },
  {
    id: 'image_quality_pair',
    title: 'Two images (or one and its degraded copy) scored with PSNR, MSE and SSIM',
    higherIsBetter: true,
    range: [0, Infinity],
    latex: COPY_LATEX,
    /** Args: a (or image, the built-in photo), optional b (same size), else kind, level, seed, jpeg. Result: PairResult. */
    compute: (args) => {
      const a = readRaster(args, args.a === undefined ? 'image' : 'a');
      const b = readOptionalRaster(args, 'b');
      const spec = b ? { kind: 'blur' as const, level: 0 } : readSpec(args);
      return comparePair(a, b, spec, readOptionalRaster(args, 'jpeg'));
    },
  },
  {
    id: 'feature_distance_demo',
    title: 'Filter-bank distance (not LPIPS)',
    higherIsBetter: false,
    range: [0, 2 * 3],
    latex: String.raw`d(a, b) = \sum_l \frac{1}{H_l W_l} \sum_{h,w} \left\| \hat f^l_{hw}(a) - \hat f^l_{hw}(b) \right\|_2^2`,
    /** Args: a, b (same size). Result: number. */
    compute: (args) => filterBankDistance(readRaster(args, 'a'), readRaster(args, 'b')),
  },
  {
    id: 'image_quality_feature_table',
    title: 'PSNR, SSIM and the filter-bank distance of five copies',
    higherIsBetter: null,
    range: [0, Infinity],
    latex: '',
    /** Args: image, blur, seed, jpeg. Result: {rows: FeatureRow[], noise_sigma}. */
    compute: (args) => {
      const jpeg = readOptionalRaster(args, 'jpeg');
      if (!jpeg) throw new MetricInputError('jpeg', 'the JPEG copy is missing');
      return featureTable(readRaster(args, 'image'), readNumber(args, 'blur'), readSeed(args), jpeg);
    },
  },
];
