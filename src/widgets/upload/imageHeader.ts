/**
 * Reads an image's width and height from its file's header structure,
 * without decoding it, so that a huge image can be refused before the
 * browser spends memory on it. Knows PNG, GIF, BMP, WebP and JPEG; other
 * formats return null. Give it the whole file: a JPEG's frame header (SOF)
 * may come after megabytes of APP segments (EXIF, ICC), and a GIF's frames
 * may be larger than its logical screen, so both are walked segment by
 * segment to the end of their headers.
 */

/** Size and format read from a file header. */
export interface HeaderSize {
  format: 'png' | 'gif' | 'bmp' | 'webp' | 'jpeg';
  width: number;
  height: number;
}

const u16be = (b: Uint8Array, o: number) => (b[o]! << 8) | b[o + 1]!;
const u16le = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u24le = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16);
const u32be = (b: Uint8Array, o: number) =>
  ((b[o]! << 24) >>> 0) + (b[o + 1]! << 16) + (b[o + 2]! << 8) + b[o + 3]!;
const i32le = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24);
const ascii = (b: Uint8Array, o: number, n: number) => String.fromCharCode(...b.subarray(o, o + n));

/** Walks the JPEG marker segments from SOI to the first SOF; null if SOS, EOI or the end comes first. */
function jpegSize(b: Uint8Array): HeaderSize | null {
  let o = 2;
  while (o + 9 < b.length) {
    if (b[o] !== 0xff) return null;
    const marker = b[o + 1]!;
    if (marker === 0xff) {
      o++;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      o += 2;
      continue;
    }
    // Scan data or the end before any frame header: no size to trust.
    if (marker === 0xda || marker === 0xd9) return null;
    const len = u16be(b, o + 2);
    if (len < 2) return null;
    // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { format: 'jpeg', height: u16be(b, o + 5), width: u16be(b, o + 7) };
    }
    o += 2 + len;
  }
  return null;
}

/**
 * The GIF's size: its logical screen, grown to hold every frame (browsers
 * decode a frame that sticks out of the screen at its own size). Walks the
 * blocks (GIF89a specification, sections 17-27) to the trailer, a block it
 * does not know, or the end of the file.
 */
function gifSize(b: Uint8Array): HeaderSize {
  let width = u16le(b, 6);
  let height = u16le(b, 8);
  const colourTable = (packed: number) => ((packed & 0x80) !== 0 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
  const skipSubBlocks = (o: number): number => {
    while (o < b.length && b[o] !== 0) o += b[o]! + 1;
    return o + 1;
  };
  let o = 13 + colourTable(b[10]!);
  while (o < b.length) {
    const block = b[o];
    if (block === 0x21) o = skipSubBlocks(o + 2);
    else if (block === 0x2c && o + 10 <= b.length) {
      width = Math.max(width, u16le(b, o + 1) + u16le(b, o + 5));
      height = Math.max(height, u16le(b, o + 3) + u16le(b, o + 7));
      o = skipSubBlocks(o + 10 + colourTable(b[o + 9]!) + 1);
    } else break;
  }
  return { format: 'gif', width, height };
}

function webpSize(b: Uint8Array): HeaderSize | null {
  const chunk = ascii(b, 12, 4);
  if (chunk === 'VP8X' && b.length >= 30)
    return { format: 'webp', width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  if (chunk === 'VP8 ' && b.length >= 30) {
    return { format: 'webp', width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  if (chunk === 'VP8L' && b.length >= 25) {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

/** The size stated in an image file's header (pass the whole file), or null when the format is unknown or the header is cut short. */
export function readHeaderSize(bytes: Uint8Array): HeaderSize | null {
  const b = bytes;
  if (b.length >= 24 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && ascii(b, 12, 4) === 'IHDR') {
    return { format: 'png', width: u32be(b, 16), height: u32be(b, 20) };
  }
  if (b.length >= 13 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return gifSize(b);
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    return { format: 'bmp', width: Math.abs(i32le(b, 18)), height: Math.abs(i32le(b, 22)) };
  }
  if (b.length >= 16 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return webpSize(b);
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  return null;
}
