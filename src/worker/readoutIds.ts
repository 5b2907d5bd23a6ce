/**
 * The readout-id contract (DESIGN.md "Contracts/Readouts"): a door-hook id
 * must name an entry; a readout's `data-metric` must be an entry id,
 * `<id>.<field>` of a field the entry declares, or listed in
 * EXTRA_READOUT_IDS; a template prefix must name an entry that declares
 * fields. Used by the source scan (readoutIds.test.ts) and by the browser
 * suite, which checks every `data-metric` the pages render.
 */
import { EXTRA_READOUT_IDS } from '../metrics/registry';
import { lookupEntry } from './registry';

/** Where an id was found: a door-hook call, a readout, or the prefix of a template readout id. */
export type IdKind = 'call' | 'readout' | 'template';

const extras = new Set<string>(EXTRA_READOUT_IDS);

/** True when `id` of kind `kind` resolves to an entry, a declared field or a listed extra. */
export function resolves(kind: IdKind, id: string): boolean {
  if (kind === 'call') return lookupEntry(id) !== undefined;
  if (kind === 'template') return (lookupEntry(id)?.fields?.length ?? 0) > 0;
  if (lookupEntry(id) || extras.has(id)) return true;
  const dot = id.indexOf('.');
  if (dot < 0) return false;
  const fields = lookupEntry(id.slice(0, dot))?.fields ?? [];
  return fields.includes(id.slice(dot + 1));
}
