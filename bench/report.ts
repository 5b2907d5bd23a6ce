/** Formatting of benchmark rows as the README's markdown table. */

export interface BenchRow {
  task: string;
  implementation: string;
  median_ms: number;
  runs: number;
  /** Whether this implementation's value equals ours (reference-conformant) within 1e-6. */
  exact: boolean;
  peak_rss_mb: number;
  threads: number;
  value: number;
}

/** Speed of a row relative to ours on the same task: "1.00x" for ours, "6.2x slower" for a peer. */
export function ratio(row: BenchRow, rows: readonly BenchRow[]): string {
  const ours = rows.find((r) => r.task === row.task && r.implementation === 'ours');
  if (!ours || row.implementation === 'ours') return '1.00x';
  const k = row.median_ms / ours.median_ms;
  return k >= 1 ? `${k.toFixed(1)}x slower` : `${(1 / k).toFixed(1)}x faster`;
}

/** The markdown table with its provenance line. */
export function renderTable(
  rows: readonly BenchRow[],
  meta: { date: string; machine: string; command: string },
): string {
  const head = `Measured ${meta.date} on ${meta.machine} with \`${meta.command}\` (median of the runs, single-threaded, each row in its own process).\n\n| task | implementation | median ms | vs ours | runs | equals ours (1e-6) | peak RSS MB |\n|---|---|---:|---:|---:|:-:|---:|`;
  const body = rows.map(
    (r) =>
      `| ${r.task} | ${r.implementation} | ${r.median_ms.toFixed(r.median_ms < 10 ? 2 : 1)} | ${ratio(r, rows)} | ${r.runs} | ${r.exact ? 'yes' : 'no'} | ${r.peak_rss_mb} |`,
  );
  return [head, ...body].join('\n');
}
