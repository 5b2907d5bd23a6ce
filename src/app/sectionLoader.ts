/**
 * Loading section pages: one shared promise and one React.lazy component per
 * section, so the share-link code and React wait for the same chunk. A failed
 * load is forgotten, so "Reset" on the error card tries again.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { SectionDef, SectionModule } from './sections';

const loads = new Map<string, Promise<SectionModule>>();
const components = new Map<string, LazyExoticComponent<ComponentType>>();

/** Loads a section's page module once (retried after a failure). */
export function loadSection(section: SectionDef): Promise<SectionModule> {
  let promise = loads.get(section.id);
  if (!promise) {
    promise = section.load();
    loads.set(section.id, promise);
    promise.catch(() => {
      loads.delete(section.id);
      components.delete(section.id);
    });
  }
  return promise;
}

/** The lazy component of a section's page. */
export function lazySection(section: SectionDef): LazyExoticComponent<ComponentType> {
  let component = components.get(section.id);
  if (!component) {
    component = lazy(() => loadSection(section));
    components.set(section.id, component);
  }
  return component;
}

/** Forgets a section's loaded (or failed) module, so the next render loads it again. */
export function forgetSection(section: SectionDef): void {
  loads.delete(section.id);
  components.delete(section.id);
}
