/**
 * The Lab's COCO job on a val2017-sized synthetic pair (5,000 images, 80
 * categories, ~35k annotations, 500k detections, seeded), as JSON files the
 * way a reader gives them: read (TextDecoder + JSON.parse), checked and
 * evaluated by `runCocoJob`, exactly what the Lab worker runs.
 *
 * - `npm run bench -- lab` times it as the task `lab coco job bbox 5000 images`
 *   (bench/tasks.ts; peak RSS of that process).
 * - `npx tsx bench/labCoco.ts [images]` prints one run's phases (read, check,
 *   evaluate), the file sizes and the peak RSS of a process that only reads
 *   the files and runs the job (the files are written first, by another process).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCocoJob } from '../src/lab/coco/cocoJob';
import type { LabFile } from '../src/lab/jobs/types';
import { makeSyntheticCoco } from '../src/metrics/detection/coco/synthetic';
import type { Task } from './tasks';

/** The pair's options: the shape of COCO val2017 (5,000 images, 36,781 boxes, 80 categories). */
export function labCocoOptions(images: number) {
  return { images, categories: 80, gtPerImage: 7, dtPerImage: 100, seed: 7 };
}

/** Paths of the cached pair for `images` images (in the system's temp directory). */
export function labCocoPaths(images: number): { gt: string; dt: string } {
  const stem = join(tmpdir(), `ba-lab-coco-${images}`);
  return { gt: `${stem}-gt.json`, dt: `${stem}-results.json` };
}

/** Writes the pair's two JSON files (in this process). */
export function writeLabCocoPair(images: number): void {
  const { gt, dt } = makeSyntheticCoco(labCocoOptions(images));
  const paths = labCocoPaths(images);
  writeFileSync(paths.gt, JSON.stringify(gt));
  writeFileSync(paths.dt, JSON.stringify(dt));
}

/** The pair's files, written first by a child process (so its objects do not count in this process's memory). */
export function readLabCocoPair(images: number): { groundTruth: LabFile; results: LabFile } {
  const paths = labCocoPaths(images);
  if (!existsSync(paths.gt) || !existsSync(paths.dt)) {
    const self = fileURLToPath(import.meta.url);
    const child = spawnSync('node_modules/.bin/tsx', [self, '--write', String(images)], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error('could not write the synthetic COCO pair');
  }
  const file = (path: string, name: string): LabFile => {
    const b = readFileSync(path);
    return { name, bytes: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
  };
  return { groundTruth: file(paths.gt, 'gt.json'), results: file(paths.dt, 'results.json') };
}

/** The task for bench/tasks.ts: value = AP. */
export const LAB_COCO_TASK: Task = {
  name: 'lab coco job bbox 5000 images (read + check + evaluate)',
  implementations: [
    {
      name: 'ours',
      runs: 3,
      prepare: () => {
        const files = readLabCocoPair(5000);
        const quiet = { progress: () => {} };
        return () => runCocoJob({ iouType: 'bbox', ...files }, quiet).stats[0] ?? -1;
      },
    },
  ],
};

function main(args: string[]): void {
  if (args[0] === '--write') {
    writeLabCocoPair(Number(args[1] ?? 5000));
    return;
  }
  const images = Number(args[0] ?? 5000);
  const files = readLabCocoPair(images);
  const paths = labCocoPaths(images);
  const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  const t0 = performance.now();
  const r = runCocoJob({ iouType: 'bbox', ...files }, { progress: () => {} });
  const total = performance.now() - t0;
  console.log(
    `${images} images, ${r.counts.annotations} annotations, ${r.counts.detections} detections; files ${mb(statSync(paths.gt).size)} + ${mb(statSync(paths.dt).size)}`,
  );
  console.log(
    `read ${(r.timings.readMs / 1000).toFixed(2)} s, check ${(r.timings.checkMs / 1000).toFixed(2)} s, evaluate ${(r.timings.evaluateMs / 1000).toFixed(2)} s, total ${(total / 1000).toFixed(2)} s`,
  );
  console.log(`peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}; AP ${r.stats[0]}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
