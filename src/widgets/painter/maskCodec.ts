/**
 * Compact text form of a painted label map for widget state and share links:
 * the label bytes, deflated (fflate, level 9), in base64url. A painted
 * 160 x 120 mask of 19,200 bytes becomes a few hundred characters.
 */
import { deflateSync, inflateSync } from 'fflate';
import { decodeBase64url, encodeBase64url } from '../../lib/base64url';

/** Encodes label bytes as deflated base64url text (deterministic: equal masks give equal text). */
export function encodeMask(labels: Uint8Array): string {
  return encodeBase64url(deflateSync(labels, { level: 9 }));
}

/**
 * Decodes text made by `encodeMask`. Returns null, never throws, when the
 * text is not base64url, does not inflate, holds a different number of labels
 * than `length`, or holds a label outside [0, numClasses).
 */
export function decodeMask(text: string, length: number, numClasses: number): Uint8Array | null {
  const bytes = decodeBase64url(text);
  if (!bytes) return null;
  let labels: Uint8Array;
  try {
    labels = inflateSync(bytes, { out: new Uint8Array(length + 1) });
  } catch {
    return null;
  }
  if (labels.length !== length) return null;
  for (const v of labels) if (v >= numClasses) return null;
  return labels;
}
