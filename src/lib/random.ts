/**
 * Seeded pseudo-random numbers, so that a seed always gives the same scene,
 * noise or benchmark input (and a share link the same numbers).
 */

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator, public domain): returns a
 * function giving uniform numbers in [0, 1) from a 32-bit integer seed
 * (`seed >>> 0`). Not cryptographic; chosen because it is tiny, fast and
 * deterministic.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A standard normal sampler N(0, 1) over `rand` by the Box-Muller transform
 * z = sqrt(-2 ln u1) cos(2 pi u2) (Box and Muller, Ann. Math. Stat. 1958),
 * u1 = 1 - rand() in (0, 1] so the logarithm is finite; two uniforms per sample.
 */
export function normalSampler(rand: () => number): () => number {
  return () => {
    const u1 = 1 - rand();
    const u2 = rand();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
}

/** `n` independent standard normal samples from the seed: mulberry32 then {@link normalSampler}. */
export function gaussianField(n: number, seed: number): Float64Array {
  const next = normalSampler(mulberry32(seed));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = next();
  return out;
}
