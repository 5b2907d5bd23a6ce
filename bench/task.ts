/**
 * Child process of the benchmark: times one implementation of one task and
 * prints one JSON line {task, implementation, median_ms, runs, value, peak_rss_mb}.
 * Running each in its own process makes peak_rss_mb its own.
 */
import { performance } from 'node:perf_hooks';
import { TASKS } from './tasks';

const [taskName, implName] = process.argv.slice(2);
const task = TASKS.find((t) => t.name === taskName);
const impl = task?.implementations.find((i) => i.name === implName);
if (!task || !impl) {
  console.error(`unknown task/implementation: ${taskName} / ${implName}`);
  process.exit(2);
}
const run = impl.prepare();
let value = run(); // warm-up, also the value reported
const times: number[] = [];
for (let i = 0; i < impl.runs; i++) {
  const t0 = performance.now();
  value = run();
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const mid = Math.floor(times.length / 2);
const median = times.length % 2 ? (times[mid] ?? 0) : ((times[mid - 1] ?? 0) + (times[mid] ?? 0)) / 2;
console.log(
  JSON.stringify({
    task: task.name,
    implementation: impl.name,
    median_ms: Math.round(median * 1000) / 1000,
    runs: impl.runs,
    value,
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
