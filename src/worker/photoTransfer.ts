/**
 * Which buffers of a worker result to transfer (not copy) to the page: the
 * freshly made RGBA pictures of the image-quality results (`rgba`, `a_rgba`,
 * `heat`). Only those: a cached buffer that was transferred would be gone
 * from the worker.
 */

const PICTURE_FIELDS = ['rgba', 'a_rgba', 'heat'] as const;

/** The ArrayBuffers of the picture fields of `result` (none for other results). */
export function pictureTransferables(result: unknown): ArrayBuffer[] {
  if (typeof result !== 'object' || result === null) return [];
  const out: ArrayBuffer[] = [];
  for (const name of PICTURE_FIELDS) {
    const v = (result as Record<string, unknown>)[name];
    if (v instanceof Uint8ClampedArray && v.buffer instanceof ArrayBuffer && !out.includes(v.buffer)) {
      out.push(v.buffer);
    }
  }
  return out;
}
