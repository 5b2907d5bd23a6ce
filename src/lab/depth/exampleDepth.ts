/**
 * The depth panel's built-in example, KITTI-style: a sparse ground truth as a
 * 16-bit PNG (metres x 256, 0 = no lidar return; no returns in the sky) and
 * a dense float32 .npy prediction that is about 12 % too far and noisy, both
 * made in the page.
 */
import { encode } from 'fast-png';
import type { LabFile } from '../jobs/types';
import { mulberry32 } from '../../lib/random';
import { writeFloatNpy } from '../files/npyWrite';

const W = 128;
const H = 40;
const SCALE = 256;

/** True depth of the synthetic street scene at pixel (x, y), metres. */
function trueDepth(x: number, y: number): number {
  if (y < 12) return 90; // sky: far away
  const ground = 2.2 * (H / (y - 10));
  const car = x > 30 && x < 52 && y > 18 && y < 32 ? 9 + (x - 30) * 0.05 : Infinity;
  const wall = x > 96 ? 6 + (127 - x) * 0.9 : Infinity;
  return Math.min(ground, car, wall, 79);
}

/** The ground-truth PNG and the predicted .npy of the example. */
export function exampleDepthFiles(): { groundTruth: LabFile; prediction: LabFile } {
  const rand = mulberry32(7);
  const gt = new Uint16Array(W * H);
  const pred = new Float32Array(W * H);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const d = trueDepth(x, y);
      const i = y * W + x;
      if (y >= 12 && rand() < 0.35) gt[i] = Math.round(d * SCALE);
      pred[i] = d * 1.12 * (1 + (rand() - 0.5) * 0.4);
    }
  }
  const png = encode({ width: W, height: H, channels: 1, depth: 16, data: gt });
  const npy = writeFloatNpy(pred, H, W, 'f4');
  return {
    groundTruth: { name: 'example-gt.png', bytes: png.slice().buffer },
    prediction: { name: 'example-pred.npy', bytes: npy.slice().buffer },
  };
}
