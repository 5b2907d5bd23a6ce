/**
 * Measures the Lab's COCO job in Chromium on the val2017-sized synthetic pair
 * (bench/labCoco.ts: 5,000 images, 500k detections), in a production build:
 *
 *   npx vite build --outDir dist-bench
 *   npx tsx scripts/labCocoChromium.ts [--dist dist-bench] [--port 4431] [--images 5000] [--runs 3]
 *
 * Serves the build with `vite preview`, opens #/lab, gives the two files to
 * the COCO panel's inputs and times each run from giving the results file to
 * the summary on screen (reading the files in the page, copying them to the
 * job's worker, reading, checking and evaluating them there). Prints the
 * job's own phase times, the page's JS heap (performance.memory, main thread
 * only) and the peak resident memory of the renderer process that runs the
 * page and its workers (sampled from /proc every 50 ms, Linux only).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findBrowser } from './browser';
import { labCocoPaths, readLabCocoPair } from '../bench/labCoco';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const dist = arg('dist', 'dist-bench');
const port = Number(arg('port', '4431'));
const images = Number(arg('images', '5000'));
const runs = Number(arg('runs', '3'));

/** The pid of the browser process started with `profile` as its user data directory (0 if none). */
function browserPid(profile: string): number {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(profile) && !cmd.includes('--type=')) return Number(d);
    } catch {
      // The process ended meanwhile.
    }
  }
  return 0;
}

/** Largest RSS in MB of the renderer processes whose parent chain leads to `root`. */
function rendererRssMb(root: number): number {
  const parent = new Map<number, number>();
  const renderer = new Set<number>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(fields[1]));
      rss.set(Number(d), (Number(fields[21]) * 4096) / 2 ** 20);
      if (readFileSync(`/proc/${d}/cmdline`, 'utf8').includes('--type=renderer')) renderer.add(Number(d));
    } catch {
      // The process ended meanwhile.
    }
  }
  let max = 0;
  for (const pid of renderer) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
    if (p === root) max = Math.max(max, rss.get(pid) ?? 0);
  }
  return max;
}

async function main(): Promise<void> {
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`no build in ${dist}: run npx vite build --outDir ${dist}`);
  readLabCocoPair(images); // writes the files once, in a child process
  const paths = labCocoPaths(images);
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', dist],
    { stdio: 'ignore', detached: false },
  );
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const profile = mkdtempSync(join(tmpdir(), 'ba-lab-coco-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findBrowser(process.env, existsSync, null)?.path,
      args: ['--enable-precise-memory-info'],
      viewport: { width: 1280, height: 800 },
    });
    const root = browserPid(profile);
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/#/lab`);
    const fig = page.locator('figure[data-widget="lab.coco"]');
    await fig.waitFor();
    const version = context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent));
    for (let run = 1; run <= runs; run++) {
      await fig.getByLabel('Ground truth (COCO JSON)', { exact: true }).setInputFiles(paths.gt);
      let peak = 0;
      const sampler = setInterval(() => {
        peak = Math.max(peak, root ? rendererRssMb(root) : 0);
      }, 50);
      const t0 = performance.now();
      await fig.getByLabel('Results (COCO JSON)', { exact: true }).setInputFiles(paths.dt);
      await fig.locator('.ba-lab-job[data-status="running"]').waitFor({ timeout: 60_000 });
      await fig.locator('.ba-lab-job[data-status="done"]').waitFor({ timeout: 600_000 });
      const ms = performance.now() - t0;
      clearInterval(sampler);
      const phases = await fig
        .getByText(/^Read in .* s, checked in .* s, evaluated in .* s\.$/)
        .textContent();
      const heap = await page.evaluate(() => {
        const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
        return m ? m.usedJSHeapSize / 2 ** 20 : null;
      });
      const ap = await fig.locator('[data-metric="coco_eval.ap"]').getAttribute('data-value');
      console.log(
        `run ${run}: ${(ms / 1000).toFixed(2)} s from giving the results file to the summary; ${phases}` +
          ` page JS heap ${heap === null ? 'n/a' : `${heap.toFixed(0)} MB`}; renderer peak RSS ${peak.toFixed(0)} MB; AP ${ap}`,
      );
    }
    console.log(`Chromium ${version}, ${images} images, dist ${dist}`);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  } finally {
    server.kill();
  }
}

await main();
