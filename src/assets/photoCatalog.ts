/**
 * The built-in photographs of the image-quality section (files in
 * public/images, credits in public/images/ATTRIBUTION.md). Shared by the page
 * (labels, sizes) and the worker (which decodes them); no pixel code here.
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
}

/** The photos, the default first. */
export const PHOTOS: readonly PhotoInfo[] = [
  {
    id: 'astronaut',
    file: 'astronaut.png',
    alt: 'Portrait of astronaut Eileen Collins in her orange flight suit, with a flag and a model of the Space Shuttle behind her',
    width: 512,
    height: 512,
  },
  {
    id: 'coffee',
    file: 'coffee.png',
    alt: 'A cup of coffee with latte art on a saucer, on a wooden table',
    width: 600,
    height: 400,
  },
];

/** The photo ids, for schemas. */
export const PHOTO_IDS = PHOTOS.map((p) => p.id) as [string, ...string[]];

/** The photo of an id, or undefined. */
export function photoInfo(id: string): PhotoInfo | undefined {
  return PHOTOS.find((p) => p.id === id);
}

/** The address of a photo file relative to the app's base (the page's or the worker's). */
export function photoPath(info: PhotoInfo): string {
  return `images/${info.file}`;
}
