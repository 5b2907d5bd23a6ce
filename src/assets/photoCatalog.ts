/**
 * The built-in photographs (files in public/images, credits in
 * public/images/ATTRIBUTION.md). Shared by the page (labels, sizes) and the
 * worker (which decodes them); no pixel code here.
 *
 * Two kinds of file per photo: the PNG original, the only one the metrics
 * read (the worker decodes it, so its pixels never change), and display
 * copies for `<img>` and SVG `<image>`: WebP at the widths in
 * `displayWidths`, under public/images/display, made from the original by
 * `npm run photos` (scripts/resizePhotos.ts). A page shows a display copy,
 * so a route that computes nothing on a photo never downloads the original.
 */

/** One built-in photo. */
export interface PhotoInfo {
  id: string;
  /** File name under public/images. */
  file: string;
  /** What it shows (also its text alternative). */
  alt: string;
  width: number;
  height: number;
  /** Widths of the WebP display copies, ascending; the last is `width` (the original's resolution). */
  displayWidths: readonly number[];
}

/** One display copy of a photo. */
export interface DisplayVersion {
  /** Address relative to the app's base, e.g. `images/display/astronaut-256.webp`. */
  src: string;
  width: number;
  height: number;
}

/** The photos, the default first. */
export const PHOTOS: readonly PhotoInfo[] = [
  {
    id: 'astronaut',
    file: 'astronaut.png',
    alt: 'Portrait of astronaut Eileen Collins in her orange flight suit, with a flag and a model of the Space Shuttle behind her',
    width: 512,
    height: 512,
    displayWidths: [256, 384, 512],
  },
  {
    id: 'coffee',
    file: 'coffee.png',
    alt: 'A cup of coffee with latte art on a saucer, on a wooden table',
    width: 600,
    height: 400,
    displayWidths: [300, 450, 600],
  },
];

/** The photo ids, for schemas. */
export const PHOTO_IDS = PHOTOS.map((p) => p.id) as [string, ...string[]];

/** The photo of an id, or undefined. */
export function photoInfo(id: string): PhotoInfo | undefined {
  return PHOTOS.find((p) => p.id === id);
}

/** The address of a photo file relative to the app's base (the page's or the worker's). */
export function photoPath(info: Pick<PhotoInfo, 'file'>): string {
  return `images/${info.file}`;
}

/** What the display helpers read of a photo; without `displayWidths` they fall back to the original. */
export type PhotoFiles = Pick<PhotoInfo, 'id' | 'file' | 'width' | 'height'> & {
  displayWidths?: readonly number[];
};

/** The display copies of a photo, narrowest first (heights keep the original's aspect ratio). */
export function displayVersions(info: PhotoFiles): DisplayVersion[] {
  return (info.displayWidths ?? []).map((width) => ({
    src: `images/display/${info.id}-${width}.webp`,
    width,
    height: Math.round((width * info.height) / info.width),
  }));
}

/**
 * The address of the display copy to use where only one can be named (an
 * `<img src>` fallback, an SVG `<image href>`): the narrowest copy at least
 * `minWidth` device pixels wide, else the widest (by default the widest,
 * which has the original's resolution); the original when there is no copy.
 */
export function displaySrc(info: PhotoFiles, minWidth = Infinity): string {
  const versions = displayVersions(info);
  const pick = versions.find((v) => v.width >= minWidth) ?? versions[versions.length - 1];
  return pick ? pick.src : photoPath(info);
}

/**
 * The `srcset` of a photo's display copies (`images/display/astronaut-256.webp 256w, …`;
 * empty when there is none), so the browser picks the copy for the shown width
 * and the screen's pixel ratio. Pair it with `src={displaySrc(info)}` and a
 * `sizes` that says how wide the image is shown.
 */
export function displaySrcSet(info: PhotoFiles): string {
  return displayVersions(info)
    .map((v) => `${v.src} ${v.width}w`)
    .join(', ');
}
