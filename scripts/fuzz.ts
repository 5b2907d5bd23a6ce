/**
 * `npm run fuzz -- [--seeds N] [--num-runs N] [paths...]`: runs the fast-check
 * property tests with fresh random seeds (the unit gate always uses one fixed
 * seed, see test/setup/fastCheckSeed.ts). Each seed is one vitest run of every
 * test file that imports fast-check (or of the given paths) with FC_SEED and
 * FC_NUM_RUNS set. Prints the seed and the exact replay command of every
 * failing run, and exits 1 if any failed.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freshSeed, parseFuzzArgs, replayCommand } from './fuzzSeed';

const TEST_FILE = /\.test\.tsx?$/;
const USES_FAST_CHECK = /from ['"]fast-check['"]/;

/** Every test file under `dir` that imports fast-check, sorted. */
function propertyFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...propertyFiles(path));
    else if (TEST_FILE.test(name) && USES_FAST_CHECK.test(readFileSync(path, 'utf8'))) out.push(path);
  }
  return out;
}

const options = parseFuzzArgs(process.argv.slice(2));
const files =
  options.paths.length > 0 ? options.paths : ['src', 'scripts', 'test', 'bench'].flatMap(propertyFiles);
const failures: string[] = [];

for (let round = 1; round <= options.seeds; round++) {
  const seed = freshSeed(Math.random);
  console.log(`\n== fuzz ${round}/${options.seeds}: FC_SEED=${seed} FC_NUM_RUNS=${options.numRuns}`);
  const run = spawnSync('node_modules/.bin/vitest', ['run', '--reporter=dot', ...files], {
    env: { ...process.env, FC_SEED: String(seed), FC_NUM_RUNS: String(options.numRuns) },
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    const replay = replayCommand(seed, options.numRuns, options.paths.length > 0 ? files : []);
    failures.push(replay);
    console.log(`fuzz: seed ${seed} FAILED; replay with: ${replay}`);
  }
}

console.log(`\nfuzz: ${options.seeds - failures.length} of ${options.seeds} seeds passed`);
for (const replay of failures) console.log(`failed: ${replay}`);
process.exitCode = failures.length > 0 ? 1 : 0;
