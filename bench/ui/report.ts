/**
 * Renders bench/ui-results.json as the README's markdown: a provenance line,
 * the input-to-readout table and the cold-load / bytes table, each row marked
 * against issue 13's targets (✅ met, ❌ missed, — no target). Pure.
 */
import { TARGETS, latencyTarget, type Bytes, type LatencyRow, type LoadRow, type UiResults } from './results';

/** Milliseconds as the tables show them: whole ms, one decimal under 10, "–" for none. */
export function fmtMs(ms: number | null): string {
  if (ms === null) return '–';
  return ms < 10 ? ms.toFixed(1) : String(Math.round(ms));
}

/** Bytes as kB (1 kB = 1000 bytes), one decimal. */
export function fmtKb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** Gzipped and raw kB of a byte class, "83.5 (290.1)". */
function fmtBytes(b: Bytes): string {
  return b.requests === 0 ? '–' : `${fmtKb(b.gzip)} (${fmtKb(b.raw)})`;
}

const mark = (ok: boolean) => (ok ? '✅' : '❌');

/** The latency verdict of a row: p95 against its target, and long tasks against 50 ms. */
export function latencyVerdict(row: LatencyRow): { p95: string; longTasks: string } {
  const target = latencyTarget(row.target);
  const p95 =
    row.error || row.p95 === null
      ? '❌ no timed update'
      : target === null
        ? '— none'
        : `${mark(row.p95 <= target)} ≤ ${target}`;
  const lt = row.longTasks;
  const longTasks =
    lt.count === 0 ? '✅ 0' : `${mark(lt.maxMs <= TARGETS.longTaskMs)} ${lt.count} (${fmtMs(lt.maxMs)})`;
  return { p95, longTasks };
}

/** The input-to-readout table. */
export function renderLatencyTable(rows: readonly LatencyRow[]): string {
  const head =
    '| route | figure | input | kind | inputs (changed, same) | p50 ms | p95 ms | max ms | p95 target | long tasks (longest ms) |\n' +
    '|---|---|---|---|---:|---:|---:|---:|---|---|';
  const body = rows.map((r) => {
    const v = latencyVerdict(r);
    const inputs = r.error ? `0 (${r.error})` : `${r.inputs} (${r.changed}, ${r.unchanged})`;
    return `| ${r.route} | ${r.widget} | ${r.action} | ${r.kind} | ${inputs} | ${fmtMs(r.p50)} | ${fmtMs(r.p95)} | ${fmtMs(r.max)} | ${v.p95} | ${v.longTasks} |`;
  });
  return [head, ...body].join('\n');
}

/** The cold-load verdicts of a route: first readout, all readouts, and the landing page's bytes. */
export function loadVerdict(row: LoadRow): { first: string; all: string; bytes: string } {
  const timed = (ms: number | null, target: number) =>
    ms === null ? '–' : `${mark(ms <= target)} ${fmtMs(ms)}`;
  const landing = row.route === '#/' || row.route === '';
  return {
    first: row.readouts === 0 ? '– (no readouts)' : timed(row.firstReadoutMs, TARGETS.firstReadoutMs),
    all: row.readouts === 0 ? '–' : timed(row.allReadoutsMs, TARGETS.allReadoutsMs),
    bytes: landing
      ? `${mark(row.jsCss.gzip <= TARGETS.landingJsCssGzip)} ${fmtBytes(row.jsCss)}`
      : fmtBytes(row.jsCss),
  };
}

/** The cold-load and bytes table. */
export function renderLoadTable(rows: readonly LoadRow[]): string {
  const head =
    '| route | first readout ms (runs) | all readouts ms (runs) | readouts | JS+CSS kB gzip (raw) | images+fonts kB gzip (raw) | other kB gzip (raw) | requests |\n' +
    '|---|---|---|---:|---|---|---|---:|';
  const body = rows.map((r) => {
    const v = loadVerdict(r);
    const runs = (pick: (x: LoadRow['runs'][number]) => number | null) =>
      r.runs.map((x) => fmtMs(pick(x))).join(' / ');
    const first = r.readouts === 0 ? v.first : `${v.first} (${runs((x) => x.firstReadoutMs)})`;
    const all = r.readouts === 0 ? v.all : `${v.all} (${runs((x) => x.allReadoutsMs)})`;
    const requests = r.jsCss.requests + r.imagesFonts.requests + r.other.requests;
    return `| ${r.route} | ${first} | ${all} | ${r.readouts} | ${v.bytes} | ${fmtBytes(r.imagesFonts)} | ${fmtBytes(r.other)} | ${requests} |`;
  });
  return [head, ...body].join('\n');
}

/** The provenance line: date, command, build, machine, load average, duration. */
export function renderProvenance(r: UiResults): string {
  const m = r.machine;
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  const commit = r.note
    ? ` (${r.note})`
    : r.git
      ? `, commit ${r.git.head.slice(0, 7)}${r.git.dirty ? ' (working tree had changes)' : ''}`
      : '';
  return (
    `Measured ${r.date} with \`${r.command}\` on the production build in \`${r.dist}\`${commit}: ` +
    `${m.cpus} x ${m.cpuModel}, ${m.os}, Node ${m.node}, Chromium ${m.chromium} (headless), ` +
    `${r.viewport.width}x${r.viewport.height}; load average (1, 5, 15 min) ${load(m.loadavgStart)} at the start and ` +
    `${load(m.loadavgEnd)} at the end; the run took ${Math.round(r.durationS)} s.`
  );
}

/** The whole README block: provenance, latency table, load table. */
export function renderUiReport(r: UiResults): string {
  return [
    renderProvenance(r),
    '',
    "Input to readout (timed in the page from the input event until the figure's readouts have their new values and none is busy; p50 / p95 / max over the inputs answered, i.e. changed or settled on the same value):",
    '',
    renderLatencyTable(r.latency),
    '',
    `Cold load (fresh browser context; median of ${r.load[0]?.runs.length ?? 0} runs, each run in brackets) and bytes the page requests until its readouts are done (first run; kB = 1000 bytes, gzip level 9):`,
    '',
    renderLoadTable(r.load),
  ].join('\n');
}

/** The README markers around the browser benchmark block. */
export const README_MARKERS = { start: '<!-- bench-ui:start -->', end: '<!-- bench-ui:end -->' } as const;

/** The README with the block between the markers replaced by `block`; null when the markers are missing. */
export function replaceReadmeBlock(readme: string, block: string): string | null {
  const a = readme.indexOf(README_MARKERS.start);
  const b = readme.indexOf(README_MARKERS.end);
  if (a < 0 || b < a) return null;
  return `${readme.slice(0, a + README_MARKERS.start.length)}\n${block}\n${readme.slice(b)}`;
}
