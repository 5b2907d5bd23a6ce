/**
 * `npm run bench`: times every task of bench/tasks.ts, each implementation in
 * its own child process, single-threaded; prints a table, writes
 * bench/results.json and rewrites the README's benchmark table.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { TASKS } from './tasks';
import { renderTable, type BenchRow } from './report';

const only = process.argv.slice(2).filter((a) => a !== '--');
const rows: BenchRow[] = [];
for (const task of TASKS) {
  if (only.length && !only.some((o) => task.name.includes(o))) continue;
  let ours: number | null = null;
  for (const impl of task.implementations) {
    const child = spawnSync('node_modules/.bin/tsx', ['bench/task.ts', task.name, impl.name], {
      encoding: 'utf8',
      env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const line = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      console.error(`${task.name} / ${impl.name} failed:\n${child.stderr}`);
      process.exitCode = 1;
      continue;
    }
    const r = JSON.parse(line) as { median_ms: number; runs: number; value: number; peak_rss_mb: number };
    if (impl.name === 'ours') ours = r.value;
    const exact = ours !== null && Math.abs(r.value - ours) <= 1e-6;
    const row: BenchRow = {
      task: task.name,
      implementation: impl.name,
      median_ms: r.median_ms,
      runs: r.runs,
      exact,
      peak_rss_mb: r.peak_rss_mb,
      threads: 1,
      value: r.value,
    };
    rows.push(row);
    console.log(
      `${row.task} | ${row.implementation} | ${row.median_ms} ms | value ${r.value} | exact ${exact} | ${row.peak_rss_mb} MB`,
    );
  }
}

writeFileSync(
  'bench/results.json',
  `${JSON.stringify(
    rows.map(({ value: _v, ...rest }) => rest),
    null,
    2,
  )}\n`,
);
const machine = `${cpus().length} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}`;
const date = new Date().toISOString().slice(0, 10);
const table = renderTable(rows, { date, machine, command: 'npm run bench' });
const readme = readFileSync('README.md', 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
const a = readme.indexOf(start);
const b = readme.indexOf(end);
if (a >= 0 && b > a && only.length === 0) {
  writeFileSync('README.md', `${readme.slice(0, a + start.length)}\n${table}\n${readme.slice(b)}`);
  console.log('README benchmark table updated.');
}
console.log(`\n${table}`);
