/**
 * Seeds for fast-check: the unit gate's fixed one (FC_SEED overrides it) and
 * `npm run fuzz`'s options and replay line. Pure functions, shared by the
 * vitest setup file (test/setup/fastCheckSeed.ts) and scripts/fuzz.ts.
 */

/** The seed every property test uses unless FC_SEED says otherwise. */
export const FIXED_SEED = 42;

/** Parses a seed or run count from the environment: an integer, or `fallback` when unset or empty. */
export function parseIntegerEnv(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, got "${value}"`);
  return n;
}

/** fast-check's global parameters for the given environment: the seed, and numRuns only when FC_NUM_RUNS is set. */
export function fastCheckParameters(env: Record<string, string | undefined>): {
  seed: number;
  numRuns?: number;
} {
  const seed = parseIntegerEnv('FC_SEED', env.FC_SEED, FIXED_SEED);
  if (env.FC_NUM_RUNS === undefined || env.FC_NUM_RUNS.trim() === '') return { seed };
  const numRuns = parseIntegerEnv('FC_NUM_RUNS', env.FC_NUM_RUNS, 100);
  if (numRuns < 1) throw new Error(`FC_NUM_RUNS must be at least 1, got ${numRuns}`);
  return { seed, numRuns };
}

export interface FuzzOptions {
  /** How many fresh seeds to try, one full run of the property tests each. */
  seeds: number;
  /** fast-check runs per property (tests that set their own numRuns keep it). */
  numRuns: number;
  /** Test files or folders to pass to vitest (empty: every file that imports fast-check). */
  paths: string[];
}

/** Parses `npm run fuzz -- [--seeds N] [--num-runs N] [paths...]`; throws on a bad option. */
export function parseFuzzArgs(argv: readonly string[]): FuzzOptions {
  const options: FuzzOptions = { seeds: 3, numRuns: 200, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') continue;
    if (a === '--seeds' || a === '--runs' || a === '--num-runs') {
      const n = Number(argv[++i]);
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${a} needs a positive integer`);
      if (a === '--num-runs') options.numRuns = n;
      else options.seeds = n;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else options.paths.push(a);
  }
  return options;
}

/** A fresh 32-bit signed seed from a uniform `random()` in [0, 1). */
export function freshSeed(random: () => number): number {
  return (Math.floor(random() * 2 ** 32) - 2 ** 31) | 0;
}

/** The command that replays one fuzz run exactly (same seed, same numRuns, same files). */
export function replayCommand(seed: number, numRuns: number, files: readonly string[]): string {
  return `FC_SEED=${seed} FC_NUM_RUNS=${numRuns} npx vitest run ${files.join(' ')}`.trimEnd();
}
