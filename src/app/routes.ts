/**
 * Hash routes (DESIGN.md, "Routes"): `#/` landing, `#/about` credits,
 * `#/<slug>` for each section that has a page, `#/present/<slug>` its
 * presentation mode, `#/present/<slug>/notes` the presenter's notes window;
 * anything else is not found.
 */
import type { SectionDef } from './sections';

/** What a path shows. */
export type Route =
  | { kind: 'landing' }
  | { kind: 'about' }
  | { kind: 'section'; section: SectionDef }
  | { kind: 'present'; section: SectionDef }
  | { kind: 'present-notes'; section: SectionDef }
  | { kind: 'embed'; widgetId: string }
  | { kind: 'not-found'; path: string };

/** Matches a hash path (as returned by `splitHash`) against the routes. */
export function matchRoute(path: string, sections: readonly SectionDef[]): Route {
  if (path === '/' || path === '') return { kind: 'landing' };
  if (path === '/about') return { kind: 'about' };
  const embed = /^\/embed\/([^/]+)$/.exec(path);
  if (embed?.[1]) return { kind: 'embed', widgetId: embed[1] };
  const notes = /^\/present\/([^/]+)\/notes$/.exec(path);
  if (notes) {
    const presented = sections.find((s) => s.slug === notes[1]);
    return presented ? { kind: 'present-notes', section: presented } : { kind: 'not-found', path };
  }
  if (path.startsWith('/present/')) {
    const presented = sections.find((s) => `/present/${s.slug}` === path);
    return presented ? { kind: 'present', section: presented } : { kind: 'not-found', path };
  }
  const section = sections.find((s) => `/${s.slug}` === path);
  return section ? { kind: 'section', section } : { kind: 'not-found', path };
}

/**
 * True when the path is a section page (the pages whose widgets go into share links).
 * Presentation mode keeps its own address (slide and states) and is not one.
 */
export function isSectionPath(path: string, sections: readonly SectionDef[]): boolean {
  return matchRoute(path, sections).kind === 'section';
}

/** The `href` of a section. */
export function sectionHref(section: Pick<SectionDef, 'slug'>): string {
  return `#/${section.slug}`;
}
