/**
 * The shape of bench/ui-results.json, and the pure arithmetic behind it:
 * percentiles, the long tasks that overlap timed inputs, and the issue 13
 * targets each row is marked against (reported, never asserted).
 */
import type { Kind, TargetClass } from './scenarios';

/** One timed input, ms on the page's performance.now() clock. */
export interface InputTiming {
  status: 'changed' | 'unchanged' | 'nochange' | 'timeout' | 'noinput';
  /** Input event to readouts changed (or settled) and none busy; null when not `changed` / `unchanged`. */
  latencyMs: number | null;
  /** Input event to the first capture-phase listener (main-thread input delay). */
  inputDelayMs: number | null;
}

/** One scenario's figures. */
export interface LatencyRow {
  route: string;
  widget: string;
  action: string;
  kind: Kind;
  target: TargetClass;
  inputs: number;
  /** Inputs whose readouts changed. */
  changed: number;
  /** Inputs whose readouts went busy and settled on the same values (counted in the latencies too). */
  unchanged: number;
  /** Inputs with no busy readout and no change, or no answer within the timeout. */
  missed: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
  inputDelayP50: number | null;
  longTasks: { count: number; maxMs: number };
  /** Wall time the scenario took, setup and reset included (s). */
  wallS?: number;
  /** Why the scenario could not run, when it could not. */
  error?: string;
  timings: InputTiming[];
}

/** Bytes of one class of requests: raw (as served) and gzipped (zlib level 9). */
export interface Bytes {
  requests: number;
  raw: number;
  gzip: number;
}

/** One request counted for a route. */
export interface RequestRecord {
  url: string;
  kind: ByteKind;
  raw: number;
  gzip: number;
}

export type ByteKind = 'js' | 'css' | 'image' | 'font' | 'other';

/** One cold load. */
export interface LoadRun {
  firstReadoutMs: number | null;
  allReadoutsMs: number | null;
  readouts: number;
  /** Readouts still pending when the run gave up (0 when all arrived). */
  pending: number;
}

/** One route's cold load (median of the runs) and bytes (first run). */
export interface LoadRow {
  route: string;
  runs: LoadRun[];
  firstReadoutMs: number | null;
  allReadoutsMs: number | null;
  readouts: number;
  jsCss: Bytes;
  imagesFonts: Bytes;
  other: Bytes;
  /** Service-worker requests seen and left out (precache). */
  serviceWorkerRequests: number;
  requests: RequestRecord[];
}

/** The whole file. */
export interface UiResults {
  date: string;
  command: string;
  machine: {
    os: string;
    cpus: number;
    cpuModel: string;
    loadavgStart: number[];
    loadavgEnd: number[];
    node: string;
    chromium: string;
  };
  dist: string;
  git: { head: string; dirty: boolean } | null;
  /** Where the build came from, when `--note` said so. */
  note?: string;
  viewport: { width: number; height: number };
  durationS: number;
  latency: LatencyRow[];
  load: LoadRow[];
}

/** The p-th percentile (0-100) by nearest rank; null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

/** The median (mean of the middle two for an even count); null for an empty list. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The long tasks that overlap any of the timed windows [start, end]: count and longest. */
export function longTasksIn(
  tasks: readonly { start: number; duration: number }[],
  windows: readonly { start: number; end: number }[],
): { count: number; maxMs: number } {
  const hit = tasks.filter((t) => windows.some((w) => t.start < w.end && t.start + t.duration > w.start));
  return { count: hit.length, maxMs: hit.reduce((m, t) => Math.max(m, t.duration), 0) };
}

/** Issue 13's p95 target in ms for a target class (null: no latency target). */
export function latencyTarget(target: TargetClass): number | null {
  return { interactive: 50, photo: 100, 'match-psnr': 300, none: null }[target];
}

/** The other targets. */
export const TARGETS = {
  longTaskMs: 50,
  firstReadoutMs: 1500,
  allReadoutsMs: 3000,
  landingJsCssGzip: 120 * 1000,
} as const;

/**
 * The latencies (ms) of a row's answered inputs: those that changed a readout
 * and those whose readouts went busy and settled on the same value (both end
 * when the figure shows its final numbers for that input).
 */
export function answeredLatencies(timings: readonly InputTiming[]): number[] {
  return timings.flatMap((t) =>
    (t.status === 'changed' || t.status === 'unchanged') && t.latencyMs !== null ? [t.latencyMs] : [],
  );
}
