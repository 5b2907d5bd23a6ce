/**
 * Content of the about page: the photo credits (from the project's
 * ATTRIBUTION.md, written here so nothing is read from outside the
 * repository at run time) and the tools the app is built with.
 */

/** One credited photograph. */
export interface ImageCredit {
  file: string;
  what: string;
  size: string;
  licence: string;
}

/**
 * The photographs the app ships (public/images), exactly, as scikit-image 0.19.3 documents them
 * (credits.test.ts compares this list with the files). The WebP display copies of a shipped photo
 * (public/images/display) are credited by its original's row.
 */
export const IMAGE_CREDITS: readonly ImageCredit[] = [
  {
    file: 'astronaut.png',
    what: 'Eileen Collins, NASA portrait',
    size: '512×512 RGB',
    licence: 'NASA, no known copyright restrictions, public domain',
  },
  {
    file: 'coffee.png',
    what: 'Coffee cup on wood',
    size: '600×400 RGB',
    licence: 'CC0, photographer Rachel Michetti (courtesy Pikolo Espresso Bar)',
  },
];

/** One tool the app is built with. */
export interface BuiltWith {
  name: string;
  purpose: string;
}

/** The open-source tools the app is built with. */
export const BUILT_WITH: readonly BuiltWith[] = [
  { name: 'React', purpose: 'the user interface' },
  { name: 'TypeScript', purpose: 'the language of the app and its metrics package' },
  { name: 'Vite', purpose: 'building and bundling' },
  { name: 'zustand', purpose: 'the state of the figures' },
  { name: 'valibot', purpose: 'checking the settings in share links' },
  { name: 'fflate', purpose: 'compressing share links' },
  { name: 'KaTeX', purpose: 'typesetting formulas' },
  { name: 'd3', purpose: 'scales, shapes and colours of the charts' },
  { name: 'Comlink', purpose: 'talking to the Web Worker that computes the metrics' },
  { name: 'Tailwind CSS', purpose: 'styling' },
  { name: 'Inter (Fontsource)', purpose: 'the typeface, by Rasmus Andersson, SIL Open Font License' },
  { name: 'vite-plugin-pwa and Workbox', purpose: 'working offline' },
];
