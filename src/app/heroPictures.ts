/**
 * The landing cards' pictures: a screenshot of each section's hero figure,
 * `src/assets/heroes/<section id>.jpg`, made by `npm run heroes`
 * (scripts/heroPictures.ts) from a running preview. Bundled as files (URLs),
 * not inlined; a section without a picture yet shows none.
 */

/** Width and height of the hero pictures, in pixels (the script writes them at this size). */
export const HERO_PICTURE_SIZE = { width: 640, height: 400 } as const;

const FILES = import.meta.glob<string>('../assets/heroes/*.jpg', {
  eager: true,
  query: '?url',
  import: 'default',
});

/** The section id of a hero picture's module path, e.g. `../assets/heroes/pose.jpg` → `pose`. */
export function heroSectionId(path: string): string | null {
  return /\/heroes\/([a-z0-9-]+)\.jpg$/.exec(path)?.[1] ?? null;
}

/** The URL of a section's hero picture, or undefined when it has none. */
export function heroPictureUrl(
  sectionId: string,
  files: Readonly<Record<string, string>> = FILES,
): string | undefined {
  for (const [path, url] of Object.entries(files)) if (heroSectionId(path) === sectionId) return url;
  return undefined;
}
