/**
 * Reading the reader's files on the main thread, without any pixel loop:
 * each file is checked (size, header), decoded once by createImageBitmap to
 * prove it is an image and learn its size, and resized by the browser to the
 * comparison size (fileRules.ts). The ImageBitmaps go to the worker, which
 * reads their pixels. Either every file is accepted or none is.
 */
import { iqText } from '../../../../i18n/imageQuality';
import { fitSize, sizeProblem } from '../../../../widgets/upload/fileRules';
import { preDecodeProblem } from '../../../../widgets/upload/preDecodeCheck';

/** The reader's images, ready to compare: all the same size. */
export interface OwnImages {
  a: ImageBitmap;
  b: ImageBitmap | null;
  names: string[];
  width: number;
  height: number;
}

/** The outcome: the images, or the message explaining why nothing changed. */
export type OwnLoad = { ok: true; images: OwnImages } | { ok: false; message: string };

async function decode(file: File): Promise<ImageBitmap | string> {
  // Nothing is decoded unless its header says it is an image of an allowed size.
  const refused = await preDecodeProblem(file);
  if (refused) return refused;
  try {
    const bitmap = await createImageBitmap(file);
    const bad = sizeProblem(file.name, bitmap.width, bitmap.height);
    if (bad) {
      bitmap.close();
      return bad;
    }
    return bitmap;
  } catch {
    return iqText.own.errors.notImage(file.name);
  }
}

async function resized(bitmap: ImageBitmap, width: number, height: number): Promise<ImageBitmap> {
  if (bitmap.width === width && bitmap.height === height) return bitmap;
  const out = await createImageBitmap(bitmap, {
    resizeWidth: width,
    resizeHeight: height,
    resizeQuality: 'high',
  });
  bitmap.close();
  return out;
}

/** Checks, decodes and resizes one or two files (the first is the reference). */
export async function loadOwnImages(files: readonly File[]): Promise<OwnLoad> {
  if (files.length === 0) return { ok: false, message: iqText.own.errors.tooMany };
  if (files.length > 2) return { ok: false, message: iqText.own.errors.tooMany };
  const decoded: ImageBitmap[] = [];
  for (const file of files) {
    const r = await decode(file);
    if (typeof r === 'string') {
      for (const d of decoded) d.close();
      return { ok: false, message: r };
    }
    decoded.push(r);
  }
  const first = decoded[0]!;
  const size = fitSize(first.width, first.height);
  const a = await resized(first, size.width, size.height);
  const second = decoded[1];
  const b = second ? await resized(second, size.width, size.height) : null;
  return { ok: true, images: { a, b, names: files.map((f) => f.name), ...size } };
}
