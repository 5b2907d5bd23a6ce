/**
 * Lossless recompression of a PNG (used by `npm run photos`): the zlib
 * stream of its IDAT chunks is deflated again at level 9. The inflated bytes
 * (filter bytes and pixels) must come out identical and every other chunk
 * (the colour profile too) is kept, so a decoder sees exactly the same pixels.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

/** One PNG chunk. */
export interface Chunk {
  type: string;
  data: Buffer;
}

/** The chunks of a PNG file, in order. Throws on a file that is not a PNG. */
export function pngChunks(file: Buffer): Chunk[] {
  if (!file.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG file');
  const chunks: Chunk[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    chunks.push({
      type: file.toString('latin1', at + 4, at + 8),
      data: file.subarray(at + 8, at + 8 + length),
    });
    at += 12 + length;
  }
  return chunks;
}

/** A PNG file from chunks (each chunk's CRC computed). */
export function pngFile(chunks: readonly Chunk[]): Buffer {
  const parts: Buffer[] = [PNG_SIGNATURE];
  for (const { type, data } of chunks) {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
    parts.push(head, data, crc);
  }
  return Buffer.concat(parts);
}

/**
 * The PNG with its image data deflated again at level 9 (one IDAT chunk in
 * place of the first, the others dropped; every other chunk unchanged), or
 * null when that is not smaller. Throws if the inflated data would differ.
 */
export function recompressPng(file: Buffer): Buffer | null {
  const chunks = pngChunks(file);
  const idat = chunks.filter((c) => c.type === 'IDAT');
  const stream = Buffer.concat(idat.map((c) => c.data));
  const inflated = inflateSync(stream);
  const smaller = deflateSync(inflated, { level: 9, memLevel: 9 });
  if (smaller.length >= stream.length) return null;
  if (!inflateSync(smaller).equals(inflated)) throw new Error('recompressed PNG data differs');
  const out: Chunk[] = [];
  for (const c of chunks) {
    if (c.type !== 'IDAT') out.push(c);
    else if (c === idat[0]) out.push({ type: 'IDAT', data: smaller });
  }
  return pngFile(out);
}
