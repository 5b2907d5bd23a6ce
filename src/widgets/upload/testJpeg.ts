/** Test data: hand-built JPEG byte streams (used by the header and upload-check tests). */

/** A JPEG: SOI, `padding` APP15 segments of 65,000 bytes each, then SOF0 claiming width x height, then SOS. */
export function jpegWithSofAfter(padding: number, width: number, height: number): Uint8Array {
  const parts: number[] = [0xff, 0xd8];
  for (let i = 0; i < padding; i++) {
    const len = 65_000;
    parts.push(0xff, 0xef, len >> 8, len & 0xff, ...new Array<number>(len - 2).fill(0));
  }
  parts.push(0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03);
  parts.push(...new Array<number>(9).fill(0x11));
  parts.push(0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0xff, 0xd9);
  return Uint8Array.from(parts);
}
