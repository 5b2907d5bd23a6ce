/**
 * Base64url without padding (RFC 4648 section 5), the alphabet of share-link
 * payloads. Written out here so that decoding is strict and never throws on
 * foreign input: `decodeBase64url` returns null for anything that is not a
 * canonical encoding.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Sextet value of each ASCII character code, -1 outside the alphabet. */
const LOOKUP = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** Encodes bytes as base64url without `=` padding (RFC 4648 section 5). */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    out += ALPHABET[b0 >> 2];
    out += ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
    if (left > 1) out += ALPHABET[((b1 & 15) << 2) | (b2 >> 6)];
    if (left > 2) out += ALPHABET[b2 & 63];
  }
  return out;
}

/**
 * Decodes unpadded base64url. Returns null when the text holds a character
 * outside the alphabet, padding, an impossible length (4k+1), or non-zero
 * unused bits in the last character (a non-canonical encoding).
 */
export function decodeBase64url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[j++] = (acc >> bits) & 255;
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) return null;
  return out;
}
