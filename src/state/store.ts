/**
 * The app's one zustand store, composed of slices (widgets, notices, theme,
 * route, the reader's own files).
 * `createAppStore` builds a fresh store (tests use it); `appStore` is the
 * app's instance and `useAppStore` reads it with a selector (one atomic value
 * per selector; use `useShallow` for objects).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createNoticesSlice, type NoticesSlice } from './slices/noticesSlice';
import { createOwnFilesSlice, type OwnFilesSlice } from './slices/ownFilesSlice';
import { createRouteSlice, type RouteSlice } from './slices/routeSlice';
import { createThemeSlice, type ThemeSlice } from './slices/themeSlice';
import { createWidgetsSlice, type WidgetsSlice } from './slices/widgetsSlice';

/** The whole store state. */
export type AppState = WidgetsSlice & NoticesSlice & ThemeSlice & RouteSlice & OwnFilesSlice;

/** The store type. */
export type AppStore = StoreApi<AppState>;

/** Builds a new store with every slice at its initial state. */
export function createAppStore(): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createWidgetsSlice(...a),
    ...createNoticesSlice(...a),
    ...createThemeSlice(...a),
    ...createRouteSlice(...a),
    ...createOwnFilesSlice(...a),
  }));
}

/** The app's store. */
export const appStore: AppStore = createAppStore();

/** Reads one value of the app's store; re-renders when it changes. */
export function useAppStore<U>(selector: (state: AppState) => U): U {
  return useStore(appStore, selector);
}
