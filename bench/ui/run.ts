/**
 * `npm run bench:ui`: measures the production build in Chromium at 1280x800,
 * as issue 13 item 5 asks: input-to-readout latency of every scenario in
 * bench/ui/scenarios.ts (timed inside the page), long tasks during the inputs,
 * cold load per route (3 fresh contexts, median) and the bytes each route
 * transfers. Builds nothing: it serves `dist/` (or `--dist <dir>`) with vite
 * preview on the first free port from 4390. Writes bench/ui-results.json,
 * prints the markdown tables, and (full runs only, unless `--no-readme`)
 * rewrites the README block between `<!-- bench-ui:start -->` and
 * `<!-- bench-ui:end -->`. Reports; never fails on a target.
 *
 * Options: --dist <dir>, --port <first port>, --inputs <scale, e.g. 0.5>,
 * --runs <cold loads per route>, --only <text in route, widget or action>,
 * --skip-load, --skip-latency, --out <file>, --no-readme, --note <where the
 * build came from, shown instead of the commit>.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, type } from 'node:os';
import { chromium } from '@playwright/test';
import { findBrowser } from '../../scripts/browser';
import { coldLoad, sumBytes } from './coldLoad';
import { runScenario, waitQuiet } from './latency';
import { probeScript } from './probe';
import { renderUiReport, replaceReadmeBlock } from './report';
import { median, type LatencyRow, type LoadRow, type UiResults } from './results';
import { LOAD_ROUTES, SCENARIOS, SECTION_ROUTES } from './scenarios';
import { startPreview } from './server';

const VIEWPORT = { width: 1280, height: 800 };
const args = process.argv.slice(2).filter((a) => a !== '--');
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const flag = (name: string) => args.includes(`--${name}`);
const dist = opt('dist') ?? 'dist';
const firstPort = Number(opt('port') ?? 4390);
const inputScale = Number(opt('inputs') ?? 1);
const coldRuns = Number(opt('runs') ?? 3);
const only = opt('only');
const out = opt('out') ?? 'bench/ui-results.json';
const note = opt('note');
const log = (line: string) => process.stderr.write(`${line}\n`);

/** HEAD and whether the working tree differs, or null outside git. */
function gitState(): UiResults['git'] {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty =
      execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim() !==
      '';
    return { head, dirty };
  } catch {
    return null;
  }
}

const started = Date.now();
const loadavgStart = loadavg();
const browserPath = findBrowser(process.env, existsSync, chromium.executablePath())?.path;
const preview = await startPreview(dist, firstPort, firstPort + 9);
log(`bench:ui: serving ${dist}/ at ${preview.url}`);
const browser = await chromium.launch({
  executablePath: browserPath,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const latency: LatencyRow[] = [];
const load: LoadRow[] = [];
try {
  if (!flag('skip-latency')) {
    for (const route of SECTION_ROUTES) {
      const scenarios = SCENARIOS.filter(
        (s) => s.route === route && (!only || `${s.route} ${s.widget} ${s.action}`.includes(only)),
      );
      if (scenarios.length === 0) continue;
      const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
      await context.addInitScript({ content: probeScript() });
      const page = await context.newPage();
      await page.goto(`${preview.url}${route}`);
      const widgets = [...new Set(scenarios.map((s) => s.widget))];
      await page.locator('figure[data-widget] [data-metric]').first().waitFor({ timeout: 60_000 });
      await waitQuiet(page, widgets, 1000);
      for (const s of scenarios) {
        const t0 = Date.now();
        const row = await runScenario(page, s, inputScale);
        row.wallS = (Date.now() - t0) / 1000;
        latency.push(row);
        log(
          `${s.widget} | ${s.action} | ${row.changed}/${row.inputs} changed | p50 ${row.p50?.toFixed(1)} p95 ${row.p95?.toFixed(1)} ms | long tasks ${row.longTasks.count} (${row.longTasks.maxMs.toFixed(0)} ms) | ${row.wallS.toFixed(1)} s${row.error ? ` | ERROR ${row.error}` : ''}`,
        );
      }
      await context.close();
    }
  }
  if (!flag('skip-load')) {
    const routes = LOAD_ROUTES.filter((r) => !only || r.includes(only));
    const runs = new Map<string, Awaited<ReturnType<typeof coldLoad>>[]>(routes.map((r) => [r, []]));
    // Interleaved: every route once per round, so a burst of load spreads over the routes.
    for (let round = 0; round < coldRuns; round++) {
      for (const route of routes) {
        const r = await coldLoad(browser, `${preview.url}${route}`, VIEWPORT, round === 0, route !== '#/');
        runs.get(route)!.push(r);
        log(
          `load ${route} run ${round + 1}: first ${r.run.firstReadoutMs?.toFixed(0)} ms, all ${r.run.allReadoutsMs?.toFixed(0)} ms`,
        );
      }
    }
    for (const route of routes) {
      const rs = runs.get(route)!;
      const first = rs[0]!;
      const nums = (pick: (x: (typeof rs)[number]) => number | null) =>
        rs.flatMap((x) => {
          const v = pick(x);
          return v === null ? [] : [v];
        });
      load.push({
        route,
        runs: rs.map((x) => x.run),
        firstReadoutMs: median(nums((x) => x.run.firstReadoutMs)),
        allReadoutsMs: rs.some((x) => x.run.allReadoutsMs === null)
          ? null
          : median(nums((x) => x.run.allReadoutsMs)),
        readouts: first.run.readouts,
        jsCss: sumBytes(first.requests, ['js', 'css']),
        imagesFonts: sumBytes(first.requests, ['image', 'font']),
        other: sumBytes(first.requests, ['other']),
        serviceWorkerRequests: first.serviceWorkerRequests,
        requests: first.requests,
      });
    }
  }
  const results: UiResults = {
    date: new Date().toISOString(),
    command: [
      'npm run bench:ui',
      ...(args.length ? ['--', ...args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a))] : []),
    ].join(' '),
    machine: {
      os: `${type()} ${release()}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      loadavgStart,
      loadavgEnd: loadavg(),
      node: process.version,
      chromium: browser.version(),
    },
    dist,
    git: gitState(),
    ...(note ? { note } : {}),
    viewport: VIEWPORT,
    durationS: (Date.now() - started) / 1000,
    latency,
    load,
  };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  const report = renderUiReport(results);
  const full = !only && !flag('skip-load') && !flag('skip-latency') && inputScale >= 1;
  if (full && !flag('no-readme')) {
    const next = replaceReadmeBlock(readFileSync('README.md', 'utf8'), report);
    if (next !== null) {
      writeFileSync('README.md', next);
      log('README browser benchmark table updated.');
    }
  }
  process.stdout.write(`${report}\n`);
  log(`bench:ui: wrote ${out} in ${Math.round(results.durationS)} s`);
} finally {
  await browser.close();
  preview.stop();
}
