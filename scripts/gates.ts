/**
 * `npm run check` (fast gates) and `npm test` (all gates): runs every gate even
 * after one fails, keeps each gate's output in reports/<gate>.log, and prints
 * last the plain line `tests: N passed, N failed`. Unit and browser tests count
 * one per test (from their JSON reports); every other gate counts as one.
 * Exits non-zero when anything failed or nothing ran.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { countPlaywright, countVitest, type Count } from './gateCounts';

interface Gate {
  name: string;
  cmd: string[];
  env?: Record<string, string>;
  /** Reads per-test counts from a JSON report; without it the gate counts as one test. */
  count?: () => Count | null;
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
    count: () => countVitest('reports/unit.json'),
  },
  { name: 'conformance', cmd: [bin('tsx'), 'scripts/conformance.ts'] },
];
const slow: Gate[] = [
  { name: 'build', cmd: [bin('vite'), 'build'] },
  {
    name: 'e2e',
    cmd: [bin('playwright'), 'test', '--reporter=line,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json' },
    count: () => countPlaywright('reports/e2e.json'),
  },
];

const mode = process.argv[2] === 'all' ? 'all' : 'check';
const gates = mode === 'all' ? [...fast, ...slow] : fast;
const total: Count = { passed: 0, failed: 0 };

for (const gate of gates) {
  for (const f of ['reports/unit.json', 'reports/e2e.json']) if (gate.count && existsSync(f)) rmSync(f);
  const started = Date.now();
  console.log(`\n== ${gate.name}: ${gate.cmd.join(' ')}`);
  const run = spawnSync(gate.cmd[0] ?? '', gate.cmd.slice(1), {
    env: { ...process.env, ...gate.env, FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`;
  writeFileSync(`reports/${gate.name}.log`, output);
  const ok = run.status === 0;
  let count = gate.count?.() ?? null;
  if (!count) count = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  else if (!ok && count.failed === 0) count = { passed: count.passed, failed: 1 };
  total.passed += count.passed;
  total.failed += count.failed;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${gate.name} (${count.passed} passed, ${count.failed} failed, ${secs} s)`,
  );
  if (!ok) console.log(output.split('\n').slice(-60).join('\n'));
}

console.log(`\ntests: ${total.passed} passed, ${total.failed} failed`);
process.exitCode = total.failed > 0 || total.passed === 0 ? 1 : 0;
