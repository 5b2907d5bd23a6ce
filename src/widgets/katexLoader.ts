/**
 * KaTeX on demand: the library and its stylesheet (with the fonts it names)
 * are fetched by a dynamic import the first time a formula nears the
 * viewport, so a page without formulas (the landing page) never loads them
 * and a section loads them only when the reader scrolls to a formula.
 */
import type katexModule from 'katex';

/** The KaTeX API Formula uses. */
export type Katex = typeof katexModule;

let loading: Promise<Katex> | null = null;
let loaded: Katex | null = null;

/** KaTeX once it has loaded, else null (lets a formula render in its first effect). */
export function katexIfLoaded(): Katex | null {
  return loaded;
}

/**
 * Loads KaTeX and its CSS once per page; later calls share the first
 * promise. A failed load (offline without the precache) may be tried again.
 */
export function loadKatex(): Promise<Katex> {
  loading ??= Promise.all([import('katex'), import('katex/dist/katex.min.css')]).then(
    ([module]) => (loaded = module.default),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
