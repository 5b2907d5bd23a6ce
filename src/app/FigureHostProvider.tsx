/**
 * Gives every Figure what it needs from the app (widgets/figureHost): the
 * `&w=` target of the route slice's location, Reset through the store, and
 * share links built from the store's widget states.
 */
import { useMemo, type ReactNode } from 'react';
import { appStore, useAppStore } from '../state/store';
import { shareLinkFor } from '../state/urlSync';
import { resetWidgetState } from '../state/useWidgetState';
import { FigureHostContext, type FigureHost } from '../widgets/figureHost';

/** Provides the app's FigureHost to its children. */
export function FigureHostProvider({ children }: { children: ReactNode }) {
  const targetId = useAppStore((s) => s.location.query.w);
  const key = useAppStore((s) => s.location.key);
  const host = useMemo<FigureHost>(
    () => ({
      target: targetId === undefined ? null : { id: targetId, key },
      reset: (id) => resetWidgetState(appStore, id),
      shareLink: (id) => shareLinkFor(id, window.location.href, appStore.getState()),
    }),
    [targetId, key],
  );
  return <FigureHostContext.Provider value={host}>{children}</FigureHostContext.Provider>;
}
