/**
 * App-only entries of the image-quality section (photo pipelines that
 * degrade a photo and score the copies in one worker request). The worker
 * decodes the photo named by `photo` into `image` (and the browser-encoded
 * JPEG copy into `jpeg`) before these run (worker/photoArgs.ts); here
 * everything is pure. The page's argument types are in worker/door.ts.
 */
import * as v from 'valibot';
import { defineScene } from '../entry';
import { finite, integer, maybeRaster, raster } from '../../metrics/args';
import { MetricInputError } from '../../metrics/validate';
import { COPY_KINDS } from './copies';
import { comparePair, featureTable, inspectPixel, matchNoiseToBlur, scoredCopy, ssimMapOf } from './pipeline';
import { filterBankDistance } from './filterBank';
import { implementationsEntry } from './implementationsEntry';

const seed = v.nullish(integer, 1);
const spec = {
  kind: v.picklist(COPY_KINDS, `expected one of ${COPY_KINDS.join(', ')}`),
  level: finite,
  seed,
};

/** Entries of the image-quality section's widgets. */
export const imageQualityEntries = [
  /** Args: image, kind, level, seed (noise), jpeg (kind jpeg). Result: CopyResult. */
  defineScene({
    id: 'image_quality_copy',
    args: { image: raster, ...spec, jpeg: maybeRaster },
    run: (a) => scoredCopy(a.image, a, a.jpeg),
  }),
  /** Noise level with the same PSNR as a blurred copy (bisection). Args: image, blur (sigma), seed. */
  defineScene({
    id: 'image_quality_match_noise',
    args: { image: raster, blur: finite, seed },
    run: (a) => matchNoiseToBlur(a.image, a.blur, a.seed),
  }),
  /** SSIM map of a degraded copy. Args: image, kind (not translation), level, seed, jpeg. */
  defineScene({
    id: 'image_quality_ssim_map',
    args: { image: raster, ...spec, jpeg: maybeRaster },
    run: (a) => ssimMapOf(a.image, a, a.jpeg),
  }),
  /** SSIM terms of one pixel, per channel. Args: image, kind, level, seed, jpeg, x, y. */
  defineScene({
    id: 'image_quality_ssim_pixel',
    args: { image: raster, ...spec, jpeg: maybeRaster, x: integer, y: integer },
    run: (a) => inspectPixel(a.image, a, a.x, a.y, a.jpeg),
  }),
  /**
   * Two images (or one and its degraded copy) scored with PSNR, MSE and SSIM.
   * Args: a (or image, the built-in photo), optional b (same size), else kind, level, seed, jpeg.
   */
  defineScene({
    id: 'image_quality_pair',
    args: {
      a: maybeRaster,
      image: maybeRaster,
      b: maybeRaster,
      kind: v.optional(spec.kind, 'blur'),
      level: v.optional(finite, 0),
      seed,
      jpeg: maybeRaster,
    },
    run: (a) => {
      const first = a.a ?? a.image;
      if (!first) throw new MetricInputError('a', 'expected an image (a or image)');
      return comparePair(first, a.b, a.b ? { kind: 'blur', level: 0 } : a, a.jpeg);
    },
  }),
  /** Filter-bank distance (not LPIPS). Args: a, b (same size). Result: number. */
  defineScene({
    id: 'feature_distance_demo',
    args: { a: raster, b: raster },
    run: (a) => filterBankDistance(a.a, a.b),
  }),
  /** PSNR, SSIM and the filter-bank distance of five copies. Args: image, blur, seed, jpeg. */
  defineScene({
    id: 'image_quality_feature_table',
    args: { image: raster, blur: finite, seed, jpeg: maybeRaster },
    run: (a) => {
      if (!a.jpeg) throw new MetricInputError('jpeg', 'the JPEG copy is missing');
      return featureTable(a.image, a.blur, a.seed, a.jpeg);
    },
  }),
  implementationsEntry,
] as const;
