/**
 * `npm run check` (fast gates) and `npm test` (all gates): runs every gate even
 * after one fails, keeps each gate's output in reports/<gate>.log, and prints
 * last the plain line `tests: N passed, N failed`. Unit and browser tests count
 * one per test (from their JSON reports), conformance one per reference case;
 * every other gate counts as one. Flaky browser tests (failed, then passed on
 * a retry) count as failed and are listed just above that line. The browser
 * gate does not run (and counts as failed) when the build failed, or when no
 * Chromium is found or can be installed (one line then names the command).
 * Exits non-zero when anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import {
  countConformance,
  countPlaywright,
  countVitest,
  exitCode,
  gateCount,
  summaryLines,
  type Count,
} from './gateCounts';
import { prepareE2e, type Prepared } from './prepareE2e';

interface Gate {
  name: string;
  cmd: string[];
  /** JSON report the gate writes (deleted before it runs, so a stale one is never read). */
  report?: string;
  /** Per-test counts from the report or the output; without it the gate counts as one test. */
  count?: (output: string) => Count | null;
  /** Runs first: extra environment, or why the gate cannot run (then it counts as one failure). */
  prepare?: (passedSoFar: ReadonlyMap<string, boolean>) => Promise<Prepared>;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
mkdirSync('reports', { recursive: true });

const fast: Gate[] = [
  { name: 'typecheck', cmd: [bin('tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  { name: 'lint', cmd: [bin('eslint'), '.', '--max-warnings', '0'] },
  { name: 'format', cmd: [bin('prettier'), '--check', '.'] },
  {
    name: 'unit',
    cmd: [
      bin('vitest'),
      'run',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=reports/unit.json',
    ],
    report: 'reports/unit.json',
    count: () => countVitest('reports/unit.json'),
  },
  { name: 'conformance', cmd: [bin('tsx'), 'scripts/conformance.ts'], count: countConformance },
];
const slow: Gate[] = [
  { name: 'build', cmd: [bin('vite'), 'build'] },
  {
    name: 'e2e',
    cmd: [bin('playwright'), 'test', '--reporter=line,json'],
    report: 'reports/e2e.json',
    count: () => countPlaywright('reports/e2e.json'),
    prepare: prepareE2e,
  },
];

const mode = process.argv[2] === 'all' ? 'all' : 'check';
const gates = mode === 'all' ? [...fast, ...slow] : fast;
const counts: Count[] = [];
const passedSoFar = new Map<string, boolean>();

for (const gate of gates) {
  if (gate.report && existsSync(gate.report)) rmSync(gate.report);
  const started = Date.now();
  console.log(`\n== ${gate.name}: ${gate.cmd.join(' ')}`);
  const prepared = gate.prepare ? await gate.prepare(passedSoFar) : { env: {} };
  if ('skip' in prepared) {
    writeFileSync(`reports/${gate.name}.log`, `${prepared.skip}\n`);
    counts.push({ passed: 0, failed: 1 });
    passedSoFar.set(gate.name, false);
    console.log(`FAIL ${gate.name} (not run)\n${prepared.skip}`);
    continue;
  }
  const run = spawnSync(gate.cmd[0] ?? '', gate.cmd.slice(1), {
    env: { ...process.env, ...prepared.env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
  writeFileSync(`reports/${gate.name}.log`, output);
  const ok = run.status === 0;
  const count = gateCount(ok, gate.count?.(output) ?? null);
  counts.push(count);
  passedSoFar.set(gate.name, ok && count.failed === 0);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const extra = [
    count.skipped ? `, ${count.skipped} skipped` : '',
    count.flaky?.length ? `, ${count.flaky.length} of the failed flaky` : '',
  ].join('');
  console.log(
    `${ok && count.failed === 0 ? 'ok  ' : 'FAIL'} ${gate.name} (${count.passed} passed, ${count.failed} failed${extra}, ${secs} s)`,
  );
  if (!ok) console.log(output.split('\n').slice(-60).join('\n'));
}

console.log(`\n${summaryLines(counts).join('\n')}`);
process.exitCode = exitCode(counts);
