/**
 * Store slice of notices: short plain-language messages shown in the shell's
 * `role="status"` area (share-link problems and the like). At most
 * `MAX_NOTICES` are kept (the oldest goes first), so adding one costs
 * constant time and nothing can bury the page.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

/** Most notices shown at once. */
export const MAX_NOTICES = 5;

/** One notice. */
export interface Notice {
  id: number;
  text: string;
}

/** Notices and their actions. */
export interface NoticesSlice {
  notices: Notice[];
  /** Adds a notice unless the same text is already shown (dropping the oldest beyond `MAX_NOTICES`); returns its id. */
  addNotice: (text: string) => number;
  /** Removes one notice. */
  dismissNotice: (id: number) => void;
  /** Removes every notice ("Dismiss all"). */
  clearNotices: () => void;
}

let nextId = 1;

/** Creates the notices slice. */
export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  addNotice: (text) => {
    const existing = get().notices.find((n) => n.text === text);
    if (existing) return existing.id;
    const id = nextId++;
    set((s) => ({ notices: [...s.notices, { id, text }].slice(-MAX_NOTICES) }));
    return id;
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  clearNotices: () => set({ notices: [] }),
});
