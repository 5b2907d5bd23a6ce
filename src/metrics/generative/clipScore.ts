/**
 * CLIPScore (Hessel, Holtzman, Forbes, Le Bras and Choi, "CLIPScore: A
 * Reference-free Evaluation Metric for Image Captioning", EMNLP 2021) from
 * precomputed CLIP embeddings.
 */
import type { Maybe, NumArray } from '../types';
import { MetricInputError, assertFinite, assertFiniteArray, assertSameLength } from '../validate';

/** The vector scaled to unit length, or null for the zero vector (robust to overflow and underflow). */
function unit(v: NumArray): Float64Array | null {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i]! * v[i]!;
  let norm = Math.sqrt(s);
  let scale = 1;
  if (!(norm > 0) || !Number.isFinite(norm)) {
    let m = 0;
    for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
    if (m === 0) return null;
    scale = m;
    s = 0;
    for (let i = 0; i < v.length; i++) s += (v[i]! / m) ** 2;
    norm = Math.sqrt(s);
  }
  const u = new Float64Array(v.length);
  for (let i = 0; i < v.length; i++) u[i] = v[i]! / scale / norm;
  return u;
}

/**
 * CLIP-S(c, v) = w * max(cos(c, v), 0), with cos the cosine similarity of
 * the image and text embeddings and w = 2.5 in the paper. Matches
 * jmhessel/clipscore clipscore.py `get_clip_score` @459f821: both vectors
 * L2-normalised (sklearn.preprocessing.normalize), dot product,
 * w * np.clip(dot, 0, None). A zero embedding has no direction, so the cosine
 * is 0/0: we return null (undefined); sklearn's normalize leaves the zero
 * vector as it is, which makes the reference return 0, a value that would
 * read as "unrelated" rather than "undefined". Throws MetricInputError when
 * the lengths differ, a vector is empty or not finite, or w is negative or
 * not finite.
 */
export function clipScore(imageEmbedding: NumArray, textEmbedding: NumArray, w = 2.5): Maybe {
  assertFiniteArray('image_embedding', imageEmbedding);
  assertFiniteArray('text_embedding', textEmbedding);
  assertSameLength('image_embedding', imageEmbedding.length, 'text_embedding', textEmbedding.length);
  if (imageEmbedding.length === 0) throw new MetricInputError('image_embedding', 'is empty');
  assertFinite('w', w);
  if (w < 0) throw new MetricInputError('w', `expected a weight >= 0, got ${w}`);
  const a = unit(imageEmbedding);
  const b = unit(textEmbedding);
  if (!a || !b) return null;
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return w * Math.max(dot, 0);
}
