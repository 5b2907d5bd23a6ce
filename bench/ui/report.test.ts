import { describe, expect, it } from 'vitest';
import { fmtKb, fmtMs, latencyVerdict, loadVerdict, renderUiReport, replaceReadmeBlock } from './report';
import {
  answeredLatencies,
  longTasksIn,
  median,
  percentile,
  type LatencyRow,
  type LoadRow,
  type UiResults,
} from './results';

const bytes = (requests: number, raw: number, gzip: number) => ({ requests, raw, gzip });

const latencyRow = (over: Partial<LatencyRow>): LatencyRow => ({
  route: '#/detection',
  widget: 'detection.iou',
  action: 'drag “predicted box”',
  kind: 'drag',
  target: 'interactive',
  inputs: 30,
  changed: 29,
  unchanged: 1,
  missed: 0,
  p50: 35.2,
  p95: 57.4,
  max: 71,
  inputDelayP50: 0.9,
  longTasks: { count: 0, maxMs: 0 },
  timings: [],
  ...over,
});

const loadRow = (over: Partial<LoadRow>): LoadRow => ({
  route: '#/detection',
  runs: [
    { firstReadoutMs: 1100, allReadoutsMs: 2900, readouts: 70, pending: 0 },
    { firstReadoutMs: 1000, allReadoutsMs: 3100, readouts: 70, pending: 0 },
  ],
  firstReadoutMs: 1050,
  allReadoutsMs: 3000,
  readouts: 70,
  jsCss: bytes(12, 1_009_700, 323_100),
  imagesFonts: bytes(4, 1_301_600, 949_500),
  other: bytes(1, 1400, 700),
  serviceWorkerRequests: 92,
  requests: [],
  ...over,
});

const results = (latency: LatencyRow[], load: LoadRow[]): UiResults => ({
  date: '2026-12-03T13:00:00.000Z',
  command: 'npm run bench:ui',
  machine: {
    os: 'Linux 6',
    cpus: 2,
    cpuModel: 'AMD EPYC',
    loadavgStart: [1.5, 2, 3],
    loadavgEnd: [2.25, 2, 3],
    node: 'v20.20.2',
    chromium: '156.0',
  },
  dist: 'dist',
  git: { head: '1bac62dabcdef', dirty: false },
  viewport: { width: 1280, height: 800 },
  durationS: 412.4,
  latency,
  load,
});

describe('statistics', () => {
  it('takes nearest-rank percentiles and medians', () => {
    const v = Array.from({ length: 30 }, (_, i) => 30 - i); // 30..1
    expect(percentile(v, 50)).toBe(15);
    expect(percentile(v, 95)).toBe(29);
    expect(percentile(v, 100)).toBe(30);
    expect(percentile([], 95)).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('counts only the long tasks that overlap a timed input', () => {
    const tasks = [
      { start: 0, duration: 60 }, // before the inputs
      { start: 95, duration: 70 }, // overlaps the first window
      { start: 300, duration: 55 }, // between windows
      { start: 410, duration: 120 }, // inside the second window
    ];
    const windows = [
      { start: 100, end: 200 },
      { start: 400, end: 600 },
    ];
    expect(longTasksIn(tasks, windows)).toEqual({ count: 2, maxMs: 120 });
    expect(longTasksIn(tasks, [])).toEqual({ count: 0, maxMs: 0 });
  });

  it('keeps the latencies of changed and settled inputs only', () => {
    expect(
      answeredLatencies([
        { status: 'changed', latencyMs: 10, inputDelayMs: 1 },
        { status: 'unchanged', latencyMs: 20, inputDelayMs: 1 },
        { status: 'nochange', latencyMs: null, inputDelayMs: 1 },
        { status: 'timeout', latencyMs: null, inputDelayMs: null },
      ]),
    ).toEqual([10, 20]);
  });
});

describe('verdicts', () => {
  it('marks p95 against the target of its class and long tasks against 50 ms', () => {
    expect(latencyVerdict(latencyRow({}))).toEqual({ p95: '❌ ≤ 50', longTasks: '✅ 0' });
    expect(latencyVerdict(latencyRow({ p95: 50 })).p95).toBe('✅ ≤ 50');
    expect(latencyVerdict(latencyRow({ target: 'photo', p95: 99 })).p95).toBe('✅ ≤ 100');
    expect(latencyVerdict(latencyRow({ target: 'match-psnr', p95: 301 })).p95).toBe('❌ ≤ 300');
    expect(latencyVerdict(latencyRow({ target: 'none' })).p95).toBe('— none');
    expect(latencyVerdict(latencyRow({ longTasks: { count: 3, maxMs: 84.4 } })).longTasks).toBe('❌ 3 (84)');
    expect(latencyVerdict(latencyRow({ longTasks: { count: 1, maxMs: 50 } })).longTasks).toBe('✅ 1 (50)');
    expect(latencyVerdict(latencyRow({ p95: null, error: 'figure has no readouts' })).p95).toBe(
      '❌ no timed update',
    );
  });

  it('marks cold loads and the landing page bytes', () => {
    expect(loadVerdict(loadRow({}))).toEqual({ first: '✅ 1050', all: '✅ 3000', bytes: '323.1 (1009.7)' });
    expect(loadVerdict(loadRow({ firstReadoutMs: 1501, allReadoutsMs: null }))).toMatchObject({
      first: '❌ 1501',
      all: '–',
    });
    const landing = loadRow({ route: '#/', readouts: 0, jsCss: bytes(6, 368_600, 118_100) });
    expect(loadVerdict(landing)).toEqual({ first: '– (no readouts)', all: '–', bytes: '✅ 118.1 (368.6)' });
    expect(loadVerdict({ ...landing, jsCss: bytes(6, 400_000, 120_001) }).bytes).toBe('❌ 120.0 (400.0)');
  });

  it('formats ms and kB', () => {
    expect(fmtMs(null)).toBe('–');
    expect(fmtMs(7.25)).toBe('7.3');
    expect(fmtMs(57.5)).toBe('58');
    expect(fmtKb(93_249)).toBe('93.2');
  });
});

describe('renderUiReport', () => {
  it('renders provenance, one latency row per scenario and one load row per route', () => {
    const md = renderUiReport(
      results(
        [
          latencyRow({}),
          latencyRow({ widget: 'pose.paradox', target: 'none', p50: 300, p95: 420, max: 500 }),
        ],
        [loadRow({}), loadRow({ route: '#/', readouts: 0, jsCss: bytes(6, 368_600, 118_100) })],
      ),
    );
    expect(md).toContain('Measured 2026-12-03T13:00:00.000Z with `npm run bench:ui`');
    expect(md).toContain('commit 1bac62d');
    expect(md).toContain(
      'load average (1, 5, 15 min) 1.50, 2.00, 3.00 at the start and 2.25, 2.00, 3.00 at the end',
    );
    expect(md).toContain('the run took 412 s');
    expect(md).toContain(
      '| #/detection | detection.iou | drag “predicted box” | drag | 30 (29, 1) | 35 | 57 | 71 | ❌ ≤ 50 | ✅ 0 |',
    );
    expect(md).toContain(
      '| #/detection | pose.paradox | drag “predicted box” | drag | 30 (29, 1) | 300 | 420 | 500 | — none | ✅ 0 |',
    );
    expect(md).toContain(
      '| #/detection | ✅ 1050 (1100 / 1000) | ✅ 3000 (2900 / 3100) | 70 | 323.1 (1009.7) | 949.5 (1301.6) | 0.7 (1.4) | 17 |',
    );
    expect(md).toContain(
      '| #/ | – (no readouts) | – | 0 | ✅ 118.1 (368.6) | 949.5 (1301.6) | 0.7 (1.4) | 11 |',
    );
    expect(md).toContain('median of 2 runs');
  });

  it('names the build from --note instead of the commit', () => {
    const md = renderUiReport({ ...results([], []), note: 'built from git archive' });
    expect(md).toContain('(built from git archive)');
    expect(md).not.toContain('commit 1bac62d');
  });
});

describe('replaceReadmeBlock', () => {
  it('replaces only what lies between the markers', () => {
    const readme = 'intro\n<!-- bench-ui:start -->\nold table\n<!-- bench-ui:end -->\n## Credits\n';
    expect(replaceReadmeBlock(readme, 'new table')).toBe(
      'intro\n<!-- bench-ui:start -->\nnew table\n<!-- bench-ui:end -->\n## Credits\n',
    );
    expect(replaceReadmeBlock('no markers', 'x')).toBeNull();
  });
});
