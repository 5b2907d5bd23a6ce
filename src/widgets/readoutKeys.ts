/** Pure core of ReadoutGrid: a stable, unique React key for each readout. */

/** What tells two readouts apart. */
export interface ReadoutIdentity {
  metric: string;
  subject?: string | undefined;
  className?: string | undefined;
  data?: Readonly<Record<string, string>> | undefined;
}

/**
 * One key per readout: its metric, subject, class and extra data attributes,
 * which the readout contract requires to differ between readouts of one
 * figure; a repeat (allowed, though unusual) gets its position appended.
 */
export function readoutKeys(readouts: readonly ReadoutIdentity[]): string[] {
  const seen = new Map<string, number>();
  return readouts.map((r, i) => {
    const data = Object.entries(r.data ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    const key = [r.metric, r.subject ?? '', r.className ?? '', data].join('|');
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}#${i}`;
  });
}
