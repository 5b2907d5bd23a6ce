/**
 * Store slice of widget states. `widgets` holds only states that differ from
 * their defaults (so it is exactly what a share link carries); `mounted`
 * counts the mounted instances per widget id (the widgets "on the page").
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { putKeyed } from './keyedPut';

/** Widget states and which widgets are on the page. */
export interface WidgetsSlice {
  /** Non-default widget states by widget id. */
  widgets: Record<string, object>;
  /** Number of mounted instances by widget id. */
  mounted: Record<string, number>;
  /** Stores a widget's state; `null` removes it (the widget shows its defaults). */
  putWidget: (id: string, state: object | null) => void;
  /** Replaces all widget states at once (used when a share link is opened). */
  replaceWidgets: (states: Record<string, object>) => void;
  /** Records that an instance of the widget mounted. */
  mountWidget: (id: string) => void;
  /** Records that an instance of the widget unmounted. */
  unmountWidget: (id: string) => void;
}

/** Creates the widgets slice. */
export const createWidgetsSlice: StateCreator<AppState, [], [], WidgetsSlice> = (set) => ({
  widgets: {},
  mounted: {},
  putWidget: (id, state) =>
    set((s) => {
      const widgets = putKeyed(s.widgets, id, state);
      return widgets === s.widgets ? {} : { widgets };
    }),
  replaceWidgets: (states) => set({ widgets: { ...states } }),
  mountWidget: (id) => set((s) => ({ mounted: { ...s.mounted, [id]: (s.mounted[id] ?? 0) + 1 } })),
  unmountWidget: (id) =>
    set((s) => {
      const count = (s.mounted[id] ?? 0) - 1;
      if (count > 0) return { mounted: { ...s.mounted, [id]: count } };
      const { [id]: _removed, ...rest } = s.mounted;
      return { mounted: rest };
    }),
});
