/**
 * What the worker keeps per decoded photo, keyed by the photo's pixel array
 * (the worker's decode cache hands out one per photo and session; the
 * registry's argument check wraps it in a new Raster object on every
 * request, so the array, not the object, is the key; a restarted worker
 * decodes a new array and simply rebuilds this): the degraded copies by kind and
 * parameter (a small LRU per kind, so a noise change never evicts or redoes
 * a blur), their scores, and the photo's SSIM statistics under the Gaussian
 * window, so that scoring a new copy filters only the copy and the cross term.
 */
import type { Raster } from '../../metrics/types';
import { ssimReference, type SsimReference } from '../../metrics/image/ssimPsnr';
import { buildCopy, type BuiltCopy, type CopyKind, type CopySpec } from './copies';
import type { CopyScore } from './score';
import { IQ_SSIM } from './settings';

/** Copies kept per photo and kind (a slider's recent positions). */
export const COPIES_PER_KIND = 8;
/** Scores kept per photo. */
const SCORES = 48;

/** A Map used as a least-recently-used cache of at most `size` entries. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly size: number) {}

  /** The value of `key`, marked as most recently used, or undefined. */
  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  /** Stores `value`, evicting the least recently used entry when full. */
  set(key: K, value: V): V {
    this.map.delete(key);
    if (this.map.size >= this.size) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }

  /** Number of entries. */
  get length(): number {
    return this.map.size;
  }
}

interface PhotoCache {
  /** width x height x channels the entries were made for. */
  shape: string;
  copies: Map<CopyKind, Lru<string, BuiltCopy>>;
  scores: Lru<string, CopyScore>;
  reference: SsimReference | null;
  /** Copies scored on this photo so far. */
  scored: number;
}

const caches = new WeakMap<object, PhotoCache>();

function cacheOf(image: Raster): PhotoCache {
  const shape = `${image.width}x${image.height}x${image.channels}`;
  let c = caches.get(image.data);
  if (!c || c.shape !== shape) {
    c = { shape, copies: new Map(), scores: new Lru(SCORES), reference: null, scored: 0 };
    caches.set(image.data, c);
  }
  return c;
}

/** The cache key of a copy: the seed only matters for noise; JPEG copies are not cached here. */
export function copyKey(spec: CopySpec): string {
  return spec.kind === 'noise'
    ? `${spec.kind}:${spec.level}:${spec.seed ?? 1}`
    : `${spec.kind}:${spec.level}`;
}

/** buildCopy, remembered per photo (its pixel array), kind and parameter (JPEG copies are rebuilt: they arrive ready-made). */
export function cachedCopy(image: Raster, spec: CopySpec, jpeg?: Raster | null): BuiltCopy {
  if (spec.kind === 'jpeg') return buildCopy(image, spec, jpeg);
  const c = cacheOf(image);
  let perKind = c.copies.get(spec.kind);
  if (!perKind) {
    perKind = new Lru(COPIES_PER_KIND);
    c.copies.set(spec.kind, perKind);
  }
  const key = copyKey(spec);
  return perKind.get(key) ?? perKind.set(key, buildCopy(image, spec, jpeg));
}

/**
 * The photo's SSIM statistics for the section's settings, computed once per
 * photo, from the second copy scored on it on (null before: a
 * reader's image decoded for one request only would pay for them in vain).
 */
export function photoReference(image: Raster): SsimReference | null {
  const c = cacheOf(image);
  c.scored++;
  if (!c.reference && c.scored >= 2) c.reference = ssimReference(image, IQ_SSIM);
  return c.reference;
}

/** The score of the copy `spec` of `image`, if computed before (not for JPEG). */
export function knownScore(image: Raster, spec: CopySpec): CopyScore | undefined {
  return spec.kind === 'jpeg' ? undefined : cacheOf(image).scores.get(copyKey(spec));
}

/** Remembers the score of the copy `spec` of `image` (not for JPEG); returns it. */
export function rememberScore(image: Raster, spec: CopySpec, score: CopyScore): CopyScore {
  return spec.kind === 'jpeg' ? score : cacheOf(image).scores.set(copyKey(spec), score);
}
