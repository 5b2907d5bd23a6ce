/**
 * What a Figure needs from the app around it, injected through React context
 * so widgets do not depend on the store or the router: the `&w=` target of
 * the current navigation, how to reset a widget, and the link "Copy link"
 * copies. The app shell provides it (src/app/FigureHostProvider); without a
 * provider, nothing is targeted, Reset does nothing and the link is the page
 * address.
 */
import { createContext, useContext } from 'react';

/** The `&w=` figure of a navigation. */
export interface FigureTarget {
  /** The widget id the address names. */
  id: string;
  /** The navigation's key, so the figure scrolls into view once per navigation. */
  key: number;
}

/** The services a Figure uses. */
export interface FigureHost {
  /** The figure the current navigation targets, if any. */
  target: FigureTarget | null;
  /** Puts a widget back to its defaults. */
  reset: (id: string) => void;
  /** The share link for a figure. */
  shareLink: (id: string) => string;
}

const NO_HOST: FigureHost = {
  target: null,
  reset: () => undefined,
  shareLink: () => (typeof window === 'undefined' ? '' : window.location.href),
};

/** The context the app fills with its FigureHost. */
export const FigureHostContext = createContext<FigureHost>(NO_HOST);

/** The FigureHost around a component. */
export function useFigureHost(): FigureHost {
  return useContext(FigureHostContext);
}
