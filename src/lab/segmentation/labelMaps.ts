/**
 * Label maps of the Lab's segmentation job: decoded from PNG files and
 * checked against the number of classes, with messages that name the file,
 * the pixel and the value.
 */
import { LabInputError, type LabFile } from '../jobs/types';
import { decodePng, labelMapFromPng, type PngLabelMap } from '../files/png';

/** A decoded label map with the name of its file. */
export interface NamedLabelMap extends PngLabelMap {
  file: string;
}

/** Decodes a label-map PNG (palette indices or grey ids); throws a LabInputError naming the file. */
export function readLabelMap(file: LabFile): NamedLabelMap {
  const png = decodePng(file.bytes, file.name);
  return { ...labelMapFromPng(png, file.name), file: file.name };
}

/** Largest id in a map other than the ignore index (-1 when every pixel is ignored). */
export function maxLabel(map: PngLabelMap, ignoreIndex: number | null): number {
  let max = -1;
  const d = map.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v > max && v !== ignoreIndex) max = v;
  }
  return max;
}

/** Where the number of classes came from, for error messages. */
export type ClassCountSource = { kind: 'names'; file: string } | { kind: 'setting' } | { kind: 'data' };

/**
 * Throws a LabInputError naming the file, the first pixel and its value when
 * a map holds an id at or above `numClasses` that is not the ignore index.
 */
export function checkLabels(
  map: NamedLabelMap,
  numClasses: number,
  ignoreIndex: number | null,
  source: ClassCountSource,
): void {
  const d = map.data;
  for (let i = 0; i < d.length; i++) {
    const v = d[i]!;
    if (v >= numClasses && v !== ignoreIndex) {
      const where = `pixel (${i % map.width}, ${Math.floor(i / map.width)})`;
      const ids = `ids 0 to ${numClasses - 1}`;
      const why =
        source.kind === 'names'
          ? `class id ${v}, but ${source.file} names only ${numClasses} classes (${ids})`
          : `class id ${v}, but the number of classes is ${numClasses} (${ids})`;
      const ign = ignoreIndex === null ? '; no ignore index is set' : `; the ignore index is ${ignoreIndex}`;
      throw new LabInputError(map.file, where, why + ign);
    }
  }
}

/** Throws a LabInputError naming both files and both sizes when a pair's sizes differ. */
export function checkSameSize(gt: NamedLabelMap, pred: NamedLabelMap): void {
  if (gt.width !== pred.width || gt.height !== pred.height) {
    throw new LabInputError(
      pred.file,
      '',
      `its size ${pred.width}x${pred.height} differs from ${gt.file}'s ${gt.width}x${gt.height} (a prediction must have its ground truth's size)`,
    );
  }
}
