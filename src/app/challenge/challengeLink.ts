/**
 * Challenge links (issue 16 item 4): a challenge travels in the address as
 * `&c=<base64url of UTF-8 JSON>` next to the section's share state (`s=`),
 * so nothing is kept on a server. The JSON is
 * `{ v: 1, w: <widget id>, goals: [{ key, cmp, value }], hide: [...], title?, id? }`:
 * up to two goals on the figure's readouts (readout keys of readoutKey.ts),
 * the accessible names of the controls to hide, an optional title and, for
 * the built-in challenges, their id. Reading never throws: anything damaged
 * gives a problem the page turns into a notice.
 */
import * as v from 'valibot';
import { decodeBase64url, encodeBase64url } from '../../lib/base64url';

/** The format this build writes. */
export const CHALLENGE_VERSION = 1;

/** Most goals in one challenge. */
export const MAX_GOALS = 2;

/** Longest `c` value read (characters). */
export const MAX_CHALLENGE_CHARS = 4000;

const Text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max));

const GoalSchema = v.object({
  key: Text(300),
  cmp: v.picklist(['>=', '<=']),
  value: v.pipe(v.number(), v.finite()),
});

/** The schema of a challenge. */
export const ChallengeSchema = v.object({
  v: v.literal(CHALLENGE_VERSION),
  w: v.pipe(v.string(), v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/), v.maxLength(100)),
  goals: v.pipe(v.array(GoalSchema), v.minLength(1), v.maxLength(MAX_GOALS)),
  hide: v.optional(v.pipe(v.array(Text(200)), v.maxLength(40)), []),
  title: v.optional(Text(200)),
  id: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9.-]+$/), v.maxLength(100))),
});

/** A comparison: at least (>=) or at most (<=). */
export type Comparison = '>=' | '<=';

/** One goal: a readout (by key), a comparison and a value. */
export interface Goal {
  key: string;
  cmp: Comparison;
  value: number;
}

/** A challenge as carried by a link. */
export interface Challenge {
  v: typeof CHALLENGE_VERSION;
  /** Widget id of the figure. */
  w: string;
  goals: Goal[];
  /** Accessible names of the controls hidden from the student. */
  hide: string[];
  title?: string;
  /** Id of a built-in challenge; links made in the page have none. */
  id?: string;
}

/** The outcome of reading a `c` value. */
export type ReadChallenge = { ok: true; challenge: Challenge } | { ok: false; reason: string };

/** Encodes a challenge as a `c` value. */
export function encodeChallenge(challenge: Challenge): string {
  const { v: version, w, goals, hide, title, id } = challenge;
  const data = { v: version, w, goals, hide, ...(title ? { title } : {}), ...(id ? { id } : {}) };
  return encodeBase64url(new TextEncoder().encode(JSON.stringify(data)));
}

/** Reads a `c` value; never throws. */
export function decodeChallenge(param: string): ReadChallenge {
  try {
    if (param.length > MAX_CHALLENGE_CHARS) return { ok: false, reason: 'too long' };
    const bytes = decodeBase64url(param);
    if (!bytes || bytes.length === 0) return { ok: false, reason: 'not base64url' };
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const result = v.safeParse(ChallengeSchema, json);
    if (!result.success) return { ok: false, reason: result.issues[0]?.message ?? 'invalid' };
    return { ok: true, challenge: result.output };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : 'unreadable' };
  }
}

/**
 * The id under which a met challenge is kept: the built-in id, or `link-` and
 * a short FNV-1a hash of the encoded challenge for links made in the page.
 */
export function challengeProgressId(challenge: Challenge): string {
  if (challenge.id) return challenge.id;
  const text = encodeChallenge(challenge);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `link-${h.toString(36)}`;
}

/**
 * A challenge link: `href`'s page and the share link's parameters (`s`, `w`)
 * with `c` added. `shareLink` is a figure's share link (FigureHost.shareLink).
 */
export function challengeHref(shareLink: string, challenge: Challenge): string {
  const cut = shareLink.indexOf('#');
  const base = cut < 0 ? shareLink : shareLink.slice(0, cut);
  const hash = cut < 0 ? '#/' : shareLink.slice(cut);
  const q = hash.indexOf('?');
  const path = q < 0 ? hash : hash.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : hash.slice(q + 1));
  params.set('c', encodeChallenge(challenge));
  params.set('w', challenge.w);
  return `${base}${path}?${params.toString()}`;
}
