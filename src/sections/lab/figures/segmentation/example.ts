/**
 * The built-in example of the Lab's segmentation panel, made in the page: two
 * 64x48 street scenes (background, sidewalk, car, person) with a 2-pixel
 * unlabelled border (id 255), their imperfect predictions, and the class
 * names, written as PNG files (one palette pair, one grey pair) exactly as a
 * reader's files would arrive.
 */
import { encode } from 'fast-png';
import type { LabFile } from '../../../../lab/jobs/types';

/** Width and height of the example maps. */
export const EXAMPLE_SIZE = { width: 64, height: 48 } as const;
/** The example's class names (DESIGN.md's segmentation classes). */
export const EXAMPLE_CLASSES = ['background', 'sidewalk', 'car', 'person'] as const;

type Rect = readonly [x0: number, y0: number, x1: number, y1: number, id: number];

function paint(rects: readonly Rect[], border: boolean): Uint8Array {
  const { width, height } = EXAMPLE_SIZE;
  const data = new Uint8Array(width * height);
  for (const [x0, y0, x1, y1, id] of rects) {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * width + x] = id;
  }
  if (border) {
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        if (x < 2 || y < 2 || x >= width - 2 || y >= height - 2) data[y * width + x] = 255;
  }
  return data;
}

const PALETTE = [
  [40, 40, 40],
  [150, 150, 150],
  [0, 114, 178],
  [230, 159, 0],
  ...Array.from({ length: 251 }, () => [0, 0, 0]),
  [255, 255, 255],
];

function png(name: string, data: Uint8Array, palette: boolean): LabFile {
  const { width, height } = EXAMPLE_SIZE;
  const bytes = encode({
    width,
    height,
    data,
    depth: 8,
    channels: 1,
    ...(palette ? { palette: PALETTE } : {}),
  });
  return { name, bytes: bytes.slice().buffer };
}

/** The example's files: ground truths, predictions (same names) and class names (JSON). */
export function exampleFiles(): { gt: LabFile[]; pred: LabFile[]; classNames: LabFile } {
  const gt1 = paint(
    [
      [0, 30, 64, 48, 1],
      [8, 18, 34, 32, 2],
      [44, 12, 50, 34, 3],
    ],
    true,
  );
  const pred1 = paint(
    [
      [0, 28, 64, 48, 1],
      [10, 18, 36, 31, 2],
      [45, 14, 50, 30, 3],
      [30, 30, 36, 34, 3],
    ],
    false,
  );
  const gt2 = paint(
    [
      [0, 34, 64, 48, 1],
      [20, 20, 52, 36, 2],
    ],
    true,
  );
  const pred2 = paint(
    [
      [0, 36, 64, 48, 1],
      [18, 22, 50, 36, 2],
      [4, 24, 8, 36, 3],
    ],
    false,
  );
  const names = new TextEncoder().encode(JSON.stringify(EXAMPLE_CLASSES));
  return {
    gt: [png('street-1.png', gt1, true), png('street-2.png', gt2, false)],
    pred: [png('street-1.png', pred1, true), png('street-2.png', pred2, false)],
    classNames: { name: 'classes.json', bytes: names.slice().buffer },
  };
}
