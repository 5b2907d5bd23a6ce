/**
 * The image-pair panel's built-in example: a small synthetic colour picture
 * (sky gradient, a sun, stripes, a ground) and a distorted copy (seeded noise
 * everywhere, a blurred patch), both as 8-bit RGB PNG files made in the page.
 */
import { encode } from 'fast-png';
import type { LabFile } from '../jobs/types';
import { mulberry32 } from '../../lib/random';

const W = 96;
const H = 64;

function scene(x: number, y: number): [number, number, number] {
  if (y > 44) return [70 + ((x * 7 + y * 3) % 23), 120 + ((x * 3) % 17), 60];
  if ((x - 70) ** 2 + (y - 16) ** 2 < 100) return [250, 210, 80];
  if (x > 10 && x < 30 && y > 20 && (x >> 2) % 2 === 0) return [200, 60, 50];
  return [90 + y, 150 + y, 235];
}

/** The reference and the distorted image of the example, as PNG files. */
export function examplePairFiles(): { reference: LabFile; distorted: LabFile } {
  const n = W * H;
  const a = new Uint8Array(n * 3);
  for (let i = 0; i < n; i++) a.set(scene(i % W, Math.floor(i / W)), 3 * i);
  const b = new Uint8Array(a);
  // a 3 x 3 box blur over a patch, then seeded noise of about +-12 levels
  for (let y = 24; y < 56; y++) {
    for (let x = 48; x < 88; x++) {
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (let dy = -1; dy <= 1; dy++)
          for (let dx = -1; dx <= 1; dx++) s += a[3 * ((y + dy) * W + x + dx) + c]!;
        b[3 * (y * W + x) + c] = Math.round(s / 9);
      }
    }
  }
  const rand = mulberry32(19);
  for (let i = 0; i < b.length; i++)
    b[i] = Math.max(0, Math.min(255, b[i]! + Math.round((rand() - 0.5) * 24)));
  const png = (data: Uint8Array) => encode({ width: W, height: H, channels: 3, depth: 8, data });
  const file = (name: string, bytes: Uint8Array): LabFile => ({ name, bytes: bytes.slice().buffer });
  return {
    reference: file('example-reference.png', png(a)),
    distorted: file('example-distorted.png', png(b)),
  };
}
