/**
 * Store slice of the route: the hash location as of the last navigation
 * (hash change), and which navigation's share link has been applied. Rewrites
 * of the address bar by the share-link sync (`history.replaceState`) are not
 * navigations and do not change it. `startLocationSync` (state/location)
 * feeds it from the window.
 */
import type { StateCreator } from 'zustand';
import { splitHash, type HashLocation } from '../location';
import type { AppState } from '../store';

/** The route and its actions. */
export interface RouteSlice {
  /** The location as of the last navigation. */
  location: HashLocation;
  /** The raw hash `location` was read from. */
  navigatedHash: string;
  /** Key of the navigation whose share link was applied last (-1: none). */
  appliedLinkKey: number;
  /** Records a navigation to `hash` (the next key). */
  navigate: (hash: string) => void;
  /** Marks the share link of navigation `key` applied; false when it already was. */
  claimLinkApply: (key: number) => boolean;
}

const windowHash = () => (typeof window === 'undefined' ? '' : window.location.hash);

/** Creates the route slice, starting at the window's hash (key 0). */
export const createRouteSlice: StateCreator<AppState, [], [], RouteSlice> = (set, get) => {
  const hash = windowHash();
  return {
    location: { ...splitHash(hash), key: 0 },
    navigatedHash: hash,
    appliedLinkKey: -1,
    navigate: (next) =>
      set((s) => ({ location: { ...splitHash(next), key: s.location.key + 1 }, navigatedHash: next })),
    claimLinkApply: (key) => {
      if (get().appliedLinkKey === key) return false;
      set({ appliedLinkKey: key });
      return true;
    },
  };
};
