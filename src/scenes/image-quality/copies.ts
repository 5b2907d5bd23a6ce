/**
 * Every degraded copy the section shows, built from a photo and a
 * description (kind and level): blur, seeded noise, brightness, contrast,
 * translation and JPEG (the JPEG copy is encoded by the browser and comes in
 * ready-made). All copies are 8-bit: rounded and clipped to 0..255.
 */
import type { Raster } from '../../metrics/types';
import { MetricInputError } from '../../metrics/validate';
import { gaussianBlur8 } from '../../metrics/image/gaussianBlur';
import { addNoise, noiseField } from '../../metrics/image/noise';
import { changeContrast, shiftBrightness, translateRight, translationPair } from './distortions';

/** The kinds of copy. */
export const COPY_KINDS = ['blur', 'noise', 'brightness', 'contrast', 'translation', 'jpeg'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** A copy to make: its kind, its level (sigma, levels, factor, pixels or JPEG quality) and the noise seed. */
export interface CopySpec {
  kind: CopyKind;
  level: number;
  seed?: number;
}

/** A built copy: what to draw, and the pair of images it is scored on. */
export interface BuiltCopy {
  /** The copy at full size, for drawing. */
  shown: Raster & { data: Uint8Array };
  /** The original as scored (the overlap for a translation). */
  refScored: Raster;
  /** The copy as scored. */
  copyScored: Raster;
}

const FIELD_CACHE_SIZE = 4;
const fields = new Map<string, Float64Array>();

/** The standard normal field of an image size and seed, kept for the last few (size, seed) pairs. */
export function cachedNoiseField(n: number, seed: number): Float64Array {
  const key = `${n}:${seed}`;
  let f = fields.get(key);
  if (f) {
    fields.delete(key);
  } else {
    f = noiseField(n, seed);
    if (fields.size >= FIELD_CACHE_SIZE) fields.delete(fields.keys().next().value!);
  }
  fields.set(key, f);
  return f;
}

/**
 * Builds one copy of `image` (8-bit RGB or grey):
 * - blur: Gaussian blur with sigma = level px, rounded and clipped (gaussianBlur8);
 * - noise: x + level z, z seeded standard normal (addNoise), rounded and clipped;
 * - brightness: x + level; contrast: mean + level (x - mean), per channel;
 * - translation: moved `level` px to the right, scored on the overlap (translationPair);
 * - jpeg: the ready-made `jpeg` image (same size), level is only its quality.
 * Throws MetricInputError for an unknown kind, a bad level, or a missing or
 * mis-sized JPEG image.
 */
export function buildCopy(image: Raster, spec: CopySpec, jpeg?: Raster | null): BuiltCopy {
  const same = (shown: Raster & { data: Uint8Array }): BuiltCopy => ({
    shown,
    refScored: image,
    copyScored: shown,
  });
  switch (spec.kind) {
    case 'blur':
      return same(gaussianBlur8(image, spec.level));
    case 'noise': {
      const field = cachedNoiseField(image.data.length, spec.seed ?? 1);
      return same(addNoise(image, spec.level, field));
    }
    case 'brightness':
      return same(shiftBrightness(image, spec.level));
    case 'contrast':
      return same(changeContrast(image, spec.level));
    case 'translation': {
      const { a, b } = translationPair(image, spec.level);
      return { shown: translateRight(image, spec.level), refScored: a, copyScored: b };
    }
    case 'jpeg': {
      if (!jpeg) throw new MetricInputError('jpeg', 'the JPEG copy is missing');
      if (jpeg.width !== image.width || jpeg.height !== image.height || jpeg.channels !== image.channels) {
        throw new MetricInputError('jpeg', 'the JPEG copy has a different size than the photo');
      }
      const data = jpeg.data instanceof Uint8Array ? jpeg.data : Uint8Array.from(jpeg.data);
      return same({ width: jpeg.width, height: jpeg.height, channels: jpeg.channels, data });
    }
    default:
      throw new MetricInputError('kind', `unknown copy kind "${String((spec as { kind: unknown }).kind)}"`);
  }
}
