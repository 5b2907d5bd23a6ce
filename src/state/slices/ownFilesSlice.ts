/**
 * Store slice of the reader's own files (e.g. the two images of the image
 * quality "your own images" figure), kept while the reader moves between
 * pages of the tab. Never serialised: share links carry only the widgets
 * slice, and the address-bar sync does not watch this slice.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import { putKeyed } from './keyedPut';

/** The reader's own files and their actions. */
export interface OwnFilesSlice {
  /** Own files by widget id. */
  ownFiles: Readonly<Record<string, object>>;
  /** Keeps (or with `null`, forgets) a widget's own files. */
  keepOwnFiles: (id: string, files: object | null) => void;
}

/** Creates the own-files slice. */
export const createOwnFilesSlice: StateCreator<AppState, [], [], OwnFilesSlice> = (set) => ({
  ownFiles: {},
  keepOwnFiles: (id, files) =>
    set((s) => {
      const ownFiles = putKeyed(s.ownFiles, id, files);
      return ownFiles === s.ownFiles ? {} : { ownFiles };
    }),
});
