/**
 * A QR code as SVG rectangles: `uqr` encodes the text into a module matrix,
 * and each run of dark modules in a row becomes one rectangle.
 */
import { encode } from 'uqr';

/** A QR code ready to draw: side length in modules (with a quiet zone) and the dark runs. */
export interface QrDrawing {
  size: number;
  rects: { x: number; y: number; width: number }[];
}

/** The modules of the quiet zone around the code. */
const QUIET = 4;

/** Encodes `text`; null when it is too long for a QR code. */
export function qrDrawing(text: string): QrDrawing | null {
  let data: boolean[][];
  try {
    data = encode(text, { ecc: 'L', border: 0 }).data;
  } catch {
    return null;
  }
  const rects: QrDrawing['rects'] = [];
  data.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x += 1) {
      const dark = x < row.length && row[x] === true;
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        rects.push({ x: start + QUIET, y: y + QUIET, width: x - start });
        start = -1;
      }
    }
  });
  return { size: data.length + 2 * QUIET, rects };
}
