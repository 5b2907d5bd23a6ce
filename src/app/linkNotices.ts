/**
 * The plain-words notices for a share link's problems (the state layer
 * reports kinds and data; the wording lives here): one notice per kind of
 * problem, with a count, so a link that names thousands of unknown figures
 * gives one short notice.
 */
import { messages } from '../i18n/messages';
import { truncateText } from '../lib/truncate';
import { applySharedLink } from '../state/applyShare';
import type { DecodedShare, ShareProblem } from '../state/share';
import type { AppStore } from '../state/store';

/** Longest id or title quoted in a notice (characters); longer ones are cut with "…". */
export const MAX_QUOTED_CHARS = 40;
/** How many ids or titles one notice quotes before saying "and N more". */
export const MAX_QUOTED_NAMES = 3;

const shortName = (text: string) => truncateText(text, MAX_QUOTED_CHARS);

const count = (n: number) => n.toLocaleString(messages.locale);

const names = (list: readonly string[]) =>
  messages.notices.quoted(list.slice(0, MAX_QUOTED_NAMES).map(shortName));

const more = (list: readonly string[]) =>
  list.length > MAX_QUOTED_NAMES ? count(list.length - MAX_QUOTED_NAMES) : null;

/**
 * The notices for a link's problems: at most one per kind (future version,
 * damaged, unknown figures, figures of another page, unreadable figures),
 * each naming at most `MAX_QUOTED_NAMES` shortened ids or titles and counting
 * the rest.
 */
export function problemNotices(problems: readonly ShareProblem[]): string[] {
  const t = messages.notices;
  const out: string[] = [];
  const unknown: string[] = [];
  const foreign: string[] = [];
  const invalid: string[] = [];
  let future: number | null = null;
  let malformed = false;
  for (const p of problems) {
    if (p.kind === 'future-version') future ??= p.version;
    else if (p.kind === 'malformed') malformed = true;
    else if (p.kind === 'unknown-widget') unknown.push(p.id);
    else if (p.kind === 'other-page-widget') foreign.push(p.id);
    else invalid.push(p.title);
  }
  if (future !== null) out.push(t.futureVersion(future));
  if (malformed) out.push(t.malformed);
  if (unknown.length === 1) out.push(t.unknownWidget(shortName(unknown[0] ?? '')));
  else if (unknown.length > 1)
    out.push(t.unknownWidgets(count(unknown.length), names(unknown), more(unknown)));
  if (foreign.length > 0) out.push(t.otherPageWidgets(count(foreign.length), names(foreign), more(foreign)));
  if (invalid.length === 1) out.push(t.invalidState(shortName(invalid[0] ?? '')));
  else if (invalid.length > 1) out.push(t.invalidStates(count(invalid.length), names(invalid)));
  return out;
}

/**
 * Opens a share link on a page: applies it to the store, keeping only the
 * widgets `owns` accepts, with the notices of `problemNotices`.
 */
export function openSharedLink(store: AppStore, param: string, owns?: (id: string) => boolean): DecodedShare {
  return applySharedLink(store, param, { owns, describe: problemNotices });
}
