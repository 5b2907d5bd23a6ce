/**
 * Share links (DESIGN.md, "Share links"): `#/<section>?s=<version>.<payload>`
 * where version is an integer (now 1) and payload is base64url without
 * padding (RFC 4648 section 5) of fflate's `deflateSync` of the UTF-8 JSON
 * `{widgetId: state}` of every non-default widget on the page.
 *
 * Decoding never throws: a malformed, truncated, tampered or future-version
 * payload yields problems the caller turns into a plain-words notice, and the
 * affected widgets keep their defaults.
 */
import { deflateSync, inflateSync } from 'fflate';
import { decodeBase64url, encodeBase64url } from '../lib/base64url';
import { isDefaultState, type RegisteredWidget } from './widgetState';

/** The link format this build writes. */
export const SHARE_VERSION = 1;

/** Longest `s` value read (characters); longer ones are treated as damaged. */
export const MAX_SHARE_CHARS = 200_000;

/** Largest decompressed JSON read (bytes), so a tampered link cannot exhaust memory. */
export const MAX_SHARE_JSON_BYTES = 4_000_000;

/**
 * Deepest nesting of arrays and objects read. The deepest widget state is
 * about five levels (link object, state, array of boxes, box), so a link
 * nested deeper is damaged or hostile; refusing it before `JSON.parse` keeps
 * a small link that inflates to megabytes of brackets cheap to refuse.
 */
export const MAX_SHARE_DEPTH = 16;

/**
 * True when UTF-8 JSON text nests arrays and objects deeper than `max`.
 * One pass over the bytes, skipping string contents (and their escapes); it
 * does not check that the text is valid JSON, only how deep it could nest.
 */
export function jsonNestsDeeper(bytes: Uint8Array, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x5b || b === 0x7b) {
      depth++;
      if (depth > max) return true;
    } else if (b === 0x5d || b === 0x7d) depth--;
  }
  return false;
}

/** Something that went wrong while reading a link. */
export type ShareProblem =
  | { kind: 'future-version'; version: number }
  | { kind: 'malformed'; reason: string }
  | { kind: 'unknown-widget'; id: string }
  | { kind: 'other-page-widget'; id: string }
  | { kind: 'invalid-state'; id: string; title: string };

/** The outcome of reading a link: the valid widget states and what went wrong. */
export interface DecodedShare {
  /** Valid, non-default states by widget id. */
  states: Record<string, object>;
  problems: ShareProblem[];
}

/** The raw outcome of reading a payload, before per-widget validation. */
export type RawShare = { ok: true; data: Record<string, unknown> } | { ok: false; problem: ShareProblem };

/**
 * Encodes widget states as the `s` value `<version>.<payload>`. Widget ids are
 * sorted, so equal states give equal links. An empty object is a valid link
 * too: "every widget at its defaults" (Copy link uses it; the address bar
 * leaves `s` out instead).
 */
export function encodeShare(states: Readonly<Record<string, unknown>>): string {
  const sorted = Object.create(null) as Record<string, unknown>;
  for (const id of Object.keys(states).sort()) {
    if (states[id] !== undefined) sorted[id] = states[id];
  }
  const bytes = new TextEncoder().encode(JSON.stringify(sorted));
  return `${SHARE_VERSION}.${encodeBase64url(deflateSync(bytes))}`;
}

const malformed = (reason: string): RawShare => ({ ok: false, problem: { kind: 'malformed', reason } });

/**
 * Reads an `s` value back to the JSON object it carries, without looking at
 * the widgets. Never throws.
 */
export function readSharePayload(param: string): RawShare {
  try {
    if (param.length > MAX_SHARE_CHARS) return malformed('too long');
    const match = /^(0|[1-9][0-9]{0,8})\.([\s\S]*)$/.exec(param);
    if (!match) return malformed('no version');
    const version = Number(match[1]);
    if (version > SHARE_VERSION) return { ok: false, problem: { kind: 'future-version', version } };
    if (version !== SHARE_VERSION) return malformed(`unknown version ${version}`);
    const compressed = decodeBase64url(match[2] ?? '');
    if (!compressed || compressed.length === 0) return malformed('not base64url');
    const inflated = inflateSync(compressed, { out: new Uint8Array(MAX_SHARE_JSON_BYTES + 1) });
    if (inflated.length > MAX_SHARE_JSON_BYTES) return malformed('too large');
    if (jsonNestsDeeper(inflated, MAX_SHARE_DEPTH)) return malformed('nested too deep');
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) return malformed('not an object');
    return { ok: true, data: json as Record<string, unknown> };
  } catch (error) {
    return malformed(error instanceof Error ? error.message : 'unreadable');
  }
}

/**
 * Reads an `s` value and validates each widget's state with its schema.
 * Unknown widget ids, widgets of another page (`owns(id)` false) and invalid
 * states are reported and left out; states equal to the defaults are left out
 * too. Never throws.
 */
export function decodeShare(
  param: string,
  lookup: (id: string) => RegisteredWidget | undefined,
  owns: (id: string) => boolean = () => true,
): DecodedShare {
  const raw = readSharePayload(param);
  if (!raw.ok) return { states: {}, problems: [raw.problem] };
  const states: Record<string, object> = {};
  const problems: ShareProblem[] = [];
  for (const [id, value] of Object.entries(raw.data)) {
    const widget = lookup(id);
    if (!widget) {
      problems.push({ kind: 'unknown-widget', id });
      continue;
    }
    if (!owns(id)) {
      problems.push({ kind: 'other-page-widget', id });
      continue;
    }
    let parsed: object | null;
    try {
      parsed = widget.parse(value);
    } catch {
      parsed = null;
    }
    if (parsed === null) problems.push({ kind: 'invalid-state', id, title: widget.title });
    else if (!isDefaultState(widget.defaults, parsed)) states[id] = parsed;
  }
  return { states, problems };
}
