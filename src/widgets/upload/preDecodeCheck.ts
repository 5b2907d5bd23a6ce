/**
 * The check a file passes before the browser may decode it: its size in
 * bytes (at most 20 MB) and the width and height read from its whole header
 * structure (`imageHeader.ts`). A file whose size cannot be read from its
 * header (an unknown format, a JPEG with no frame header before its scan) is
 * refused, so memory stays bounded whatever the file: at most 20 MB read,
 * and at most 8,000 x 8,000 pixels decoded.
 */
import { iqText } from '../../i18n/imageQuality';
import { fileProblem, sizeProblem } from './fileRules';
import { readHeaderSize } from './imageHeader';

/** The message refusing `file` before decoding, or null when it may be decoded. */
export async function preDecodeProblem(file: Blob & { readonly name: string }): Promise<string | null> {
  const early = fileProblem(file);
  if (early) return early;
  const header = readHeaderSize(new Uint8Array(await file.arrayBuffer()));
  if (!header) return iqText.own.errors.notImage(file.name);
  return sizeProblem(file.name, header.width, header.height);
}
