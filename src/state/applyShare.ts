/**
 * Opening a share link: decode the `s` value, replace the widget states with
 * the link's (widgets it does not mention return to their defaults, so the
 * page shows exactly what the sender saw), and add notices: the caller's
 * wording of the link's problems (`describe`, from the app layer; the state
 * layer holds no UI strings) and the notices restored widgets ask for. The
 * whole apply is linear in the link's size.
 */
import { decodeShare, type DecodedShare, type ShareProblem } from './share';
import type { AppStore } from './store';
import { lookupWidget, type RegisteredWidget } from './widgetState';

/** Options of `applySharedLink`. */
export interface ApplyShareOptions {
  /** Finds a declared widget (default: the widget registry). */
  lookup?: (id: string) => RegisteredWidget | undefined;
  /** True for the widgets of the page the link opens (default: every widget). */
  owns?: (id: string) => boolean;
  /** Turns the link's problems into notice texts (default: none). */
  describe?: (problems: readonly ShareProblem[]) => readonly string[];
}

/**
 * Applies the `s` value of a link to the store and adds notices for its
 * problems (worded by `describe`) and for widgets whose restored state asks
 * for one. Widgets of another page are dropped. Never throws.
 */
export function applySharedLink(
  store: AppStore,
  param: string,
  options: ApplyShareOptions = {},
): DecodedShare {
  const lookup = options.lookup ?? lookupWidget;
  const decoded = decodeShare(param, lookup, options.owns);
  const { replaceWidgets, addNotice } = store.getState();
  replaceWidgets(decoded.states);
  for (const text of options.describe?.(decoded.problems) ?? []) addNotice(text);
  for (const [id, state] of Object.entries(decoded.states)) {
    let text: string | null;
    try {
      text = lookup(id)?.noticeFor(state) ?? null;
    } catch {
      text = null;
    }
    if (text) addNotice(text);
  }
  return decoded;
}
