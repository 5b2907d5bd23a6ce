/**
 * Readers of one field of one entry of a reader's COCO file. Each returns the
 * value or throws LabInputError naming the file, the entry and the field with
 * a plain description of the problem ("bbox width is -3", "score is
 * missing"). They allocate nothing on the good path, so checking half a
 * million detections stays cheap.
 */
import { LabInputError } from '../jobs/types';

/** A number with thousands separators, as messages show entry numbers (1,204). */
export function countText(n: number): string {
  return n.toLocaleString('en-US');
}

/** How a JSON value that should be a number reads in a message. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 24 ? `${v.slice(0, 24)}…` : v)}`;
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

/**
 * Where an entry sits in its file. One object is reused for every entry of a
 * list (set `index`, and `id` when known), and the words are only built for an error.
 */
export interface EntryPlace {
  readonly file: string;
  /** What the list's entries are called in messages: `entry`, `annotation`, `image`, `category`. */
  readonly noun: string;
  /** Index in the list, from 0 (messages count from 1). */
  index: number;
  /** The entry's `id` when it has one (annotations), shown after the number. */
  id?: number | undefined;
}

/** `annotation 12 (id 345)`, `entry 1,204`: the entry as messages name it. */
export function whereOf(place: EntryPlace): string {
  const base = `${place.noun} ${countText(place.index + 1)}`;
  return place.id === undefined ? base : `${base} (id ${place.id})`;
}

/** A LabInputError about the entry at `place`. */
export function entryError(place: EntryPlace, problem: string): LabInputError {
  return new LabInputError(place.file, whereOf(place), problem);
}

/** The entry `list[i]` as a record, or an error saying what it is instead. */
export function entryRecord(list: readonly unknown[], i: number, place: EntryPlace): Record<string, unknown> {
  const v = list[i];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    throw entryError(place, `is ${describeValue(v)}, expected an object {…}`);
  }
  return v as Record<string, unknown>;
}

/** A required finite number field. */
export function numberField(rec: Record<string, unknown>, key: string, place: EntryPlace): number {
  const v = rec[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (v === undefined) throw entryError(place, `${key} is missing`);
  throw entryError(place, `${key} is ${describeValue(v)}, expected a finite number`);
}

const BOX_PARTS = ['x', 'y', 'width', 'height'] as const;

/**
 * A COCO box `[x, y, width, height]`: four finite numbers, width and height
 * not negative. Writes it to `out` at `offset`.
 */
export function boxField(
  rec: Record<string, unknown>,
  place: EntryPlace,
  out: Float64Array,
  offset: number,
): void {
  const v = rec.bbox;
  if (v === undefined) throw entryError(place, 'bbox is missing');
  if (!Array.isArray(v)) {
    throw entryError(place, `bbox is ${describeValue(v)}, expected a list [x, y, width, height]`);
  }
  if (v.length !== 4) {
    throw entryError(place, `bbox has ${v.length} values, expected 4: [x, y, width, height]`);
  }
  for (let j = 0; j < 4; j++) {
    const x = v[j] as unknown;
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw entryError(place, `bbox ${BOX_PARTS[j]} is ${describeValue(x)}, expected a finite number`);
    }
    out[offset + j] = x;
  }
  if ((out[offset + 2] as number) < 0) {
    throw entryError(place, `bbox width is ${out[offset + 2]}`);
  }
  if ((out[offset + 3] as number) < 0) {
    throw entryError(place, `bbox height is ${out[offset + 3]}`);
  }
}

/**
 * COCO keypoints `[x1, y1, v1, x2, y2, v2, …]`: exactly 3·k finite numbers
 * (`third` names the third value: visibility in ground truth, score in results).
 * Writes them to `out` at `offset`.
 */
export function keypointsField(
  rec: Record<string, unknown>,
  place: EntryPlace,
  k: number,
  third: string,
  out: Float64Array,
  offset: number,
): void {
  const v = rec.keypoints;
  const shape = `${3 * k} values (${k} keypoints × x, y, ${third})`;
  if (v === undefined) throw entryError(place, 'keypoints is missing');
  if (!Array.isArray(v)) {
    throw entryError(place, `keypoints is ${describeValue(v)}, expected ${shape}`);
  }
  if (v.length !== 3 * k) {
    throw entryError(place, `keypoints has ${v.length} values, expected ${shape}`);
  }
  for (let j = 0; j < v.length; j++) {
    const x = v[j] as unknown;
    if (typeof x !== 'number' || !Number.isFinite(x)) {
      throw entryError(place, `keypoints value ${j + 1} is ${describeValue(x)}, expected a finite number`);
    }
    out[offset + j] = x;
  }
}
