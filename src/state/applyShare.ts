/**
 * Opening a share link: decode the `s` value, replace the widget states with
 * the link's (widgets it does not mention return to their defaults, so the
 * page shows exactly what the sender saw), and explain every problem in a
 * plain-words notice.
 */
import { messages } from '../i18n/messages';
import { decodeShare, type DecodedShare, type ShareProblem } from './share';
import type { AppStore } from './store';
import { lookupWidget, type RegisteredWidget } from './widgetState';

/** The notice text for one problem with a link. */
export function problemNotice(problem: ShareProblem): string {
  switch (problem.kind) {
    case 'future-version':
      return messages.notices.futureVersion(problem.version);
    case 'malformed':
      return messages.notices.malformed;
    case 'unknown-widget':
      return messages.notices.unknownWidget(problem.id);
    case 'invalid-state':
      return messages.notices.invalidState(problem.title);
  }
}

/**
 * Applies the `s` value of a link to the store and adds notices for its
 * problems (and for widgets whose restored state asks for one). Never throws.
 */
export function applySharedLink(
  store: AppStore,
  param: string,
  lookup: (id: string) => RegisteredWidget | undefined = lookupWidget,
): DecodedShare {
  const decoded = decodeShare(param, lookup);
  const { replaceWidgets, addNotice } = store.getState();
  replaceWidgets(decoded.states);
  for (const problem of decoded.problems) addNotice(problemNotice(problem));
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
