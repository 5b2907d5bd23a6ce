/**
 * The rules for the reader's images: which files are refused before
 * decoding (empty, over 20 MB, over 8,000 pixels a side, too small for SSIM)
 * and the resize rule that makes two images comparable.
 */
import { iqText } from '../../i18n/imageQuality';

/** Largest file accepted, bytes (20 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest side accepted, pixels. */
export const MAX_SIDE = 8000;
/** Longer side after resizing, pixels. */
export const TARGET_SIDE = 512;
/** Smallest side accepted: SSIM's 11 x 11 window must fit. */
export const MIN_SIDE = 11;

/** The message for a file refused before it is read, or null when it may be read. */
export function fileProblem(file: { name: string; size: number }): string | null {
  const e = iqText.own.errors;
  if (file.size === 0) return e.empty(file.name);
  if (file.size > MAX_FILE_BYTES) return e.tooLarge(file.name, (file.size / (1024 * 1024)).toFixed(1));
  return null;
}

/** The message for an image whose size is refused, or null. */
export function sizeProblem(name: string, width: number, height: number): string | null {
  const e = iqText.own.errors;
  if (width > MAX_SIDE || height > MAX_SIDE) return e.tooWide(name, width, height);
  if (width < MIN_SIDE || height < MIN_SIDE) return e.tooSmall(name, width, height);
  return null;
}

/**
 * The resize rule for the first image: scale s = min(1, 512 / max(w, h)),
 * new size (max(11, round(s w)), max(11, round(s h))), so the longer side is
 * at most 512 pixels and smaller images keep their size. A second image is
 * stretched to exactly this size.
 */
export function fitSize(
  width: number,
  height: number,
  target = TARGET_SIDE,
): { width: number; height: number } {
  const s = Math.min(1, target / Math.max(width, height));
  return {
    width: Math.max(MIN_SIDE, Math.round(s * width)),
    height: Math.max(MIN_SIDE, Math.round(s * height)),
  };
}
