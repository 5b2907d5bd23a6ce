/**
 * Loads a section's optional slide definitions, `src/sections/<folder>/slides.ts`
 * (export `slides`), as a small chunk of its own. Sections without the file get
 * the generic slides (null here).
 */
import type { SectionDef } from '../sections';
import type { SectionSlides } from './slides';

const modules = import.meta.glob<{ slides: SectionSlides }>('../../sections/*/slides.ts');

/** The slide definitions of a section, or null when it has none (or they fail to load). */
export async function loadSectionSlides(section: Pick<SectionDef, 'page'>): Promise<SectionSlides | null> {
  const folder = section.page.split('/')[0];
  const load = modules[`../../sections/${folder}/slides.ts`];
  if (!load) return null;
  try {
    return (await load()).slides;
  } catch {
    return null;
  }
}
