/**
 * Opening a share link: decode the `s` value, replace the widget states with
 * the link's (widgets it does not mention return to their defaults, so the
 * page shows exactly what the sender saw), and explain its problems in
 * plain-words notices: one notice per kind of problem, with a count, so a
 * link that names thousands of unknown figures gives one short notice. The
 * whole apply is linear in the link's size.
 */
import { messages } from '../i18n/messages';
import { truncateText } from '../lib/truncate';
import { decodeShare, type DecodedShare, type ShareProblem } from './share';
import type { AppStore } from './store';
import { lookupWidget, type RegisteredWidget } from './widgetState';

/** Longest id or title quoted in a notice (characters); longer ones are cut with "…". */
export const MAX_QUOTED_CHARS = 40;
/** How many ids or titles one notice quotes before saying "and N more". */
export const MAX_QUOTED_NAMES = 3;

const shortName = (text: string) => truncateText(text, MAX_QUOTED_CHARS);

const count = (n: number) => n.toLocaleString(messages.locale);

/**
 * The notices for a link's problems: at most one per kind (future version,
 * damaged, unknown figures, unreadable figures), each naming at most
 * `MAX_QUOTED_NAMES` shortened ids or titles and counting the rest.
 */
export function problemNotices(problems: readonly ShareProblem[]): string[] {
  const t = messages.notices;
  const out: string[] = [];
  const unknown: string[] = [];
  const invalid: string[] = [];
  let future: number | null = null;
  let malformed = false;
  for (const p of problems) {
    if (p.kind === 'future-version') future ??= p.version;
    else if (p.kind === 'malformed') malformed = true;
    else if (p.kind === 'unknown-widget') unknown.push(p.id);
    else invalid.push(p.title);
  }
  if (future !== null) out.push(t.futureVersion(future));
  if (malformed) out.push(t.malformed);
  const names = (list: readonly string[]) => t.quoted(list.slice(0, MAX_QUOTED_NAMES).map(shortName));
  if (unknown.length === 1) out.push(t.unknownWidget(shortName(unknown[0] ?? '')));
  else if (unknown.length > 1) {
    const more = unknown.length - MAX_QUOTED_NAMES;
    out.push(t.unknownWidgets(count(unknown.length), names(unknown), more > 0 ? count(more) : null));
  }
  if (invalid.length === 1) out.push(t.invalidState(shortName(invalid[0] ?? '')));
  else if (invalid.length > 1) out.push(t.invalidStates(count(invalid.length), names(invalid)));
  return out;
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
  for (const text of problemNotices(decoded.problems)) addNotice(text);
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
