/**
 * Applies the share link (`s`) of a navigation to a section's widgets before
 * they mount: waits for the section's code and the widget catalogue, applies
 * the link once per navigation (only this section's widgets; the others are
 * dropped with one notice), and says whether the page must still wait. Used by
 * the section page and by presentation mode.
 */
import { useEffect, useState } from 'react';
import type { HashLocation } from '../state/location';
import { appStore } from '../state/store';
import { openSharedLink } from './linkNotices';
import { loadSection } from './sectionLoader';
import type { SectionDef } from './sections';
import { loadWidgetCatalogue, type WidgetCatalogue } from './widgetCatalogue';

/** True while the share link of this navigation is not applied yet (render a loading line). */
export function useSharedLink(section: SectionDef, location: HashLocation): boolean {
  const shared = location.query.s;
  const navigation = location.key;
  const [applied, setApplied] = useState(-1);
  const waiting = shared !== undefined && applied !== navigation;

  useEffect(() => {
    if (shared === undefined) return;
    let live = true;
    const apply = (catalogue: WidgetCatalogue | null) => {
      if (!live) return;
      // once per navigation, even when effects run twice (StrictMode)
      if (appStore.getState().claimLinkApply(navigation)) {
        // Without a catalogue (its modules failed to load) no widget counts as this page's.
        const own = catalogue?.sectionWidgetIds(section.id) ?? new Set<string>();
        openSharedLink(appStore, shared, (id) => own.has(id));
      }
      setApplied(navigation);
    };
    const pageLoad = loadSection(section).catch(() => null);
    const catalogue = loadWidgetCatalogue().catch(() => null);
    void Promise.all([catalogue, pageLoad]).then(([loaded]) => apply(loaded));
    return () => {
      live = false;
    };
  }, [section, shared, navigation]);

  return waiting;
}
