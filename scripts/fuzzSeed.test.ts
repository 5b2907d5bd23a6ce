import { describe, expect, it } from 'vitest';
import {
  FIXED_SEED,
  fastCheckParameters,
  freshSeed,
  parseFuzzArgs,
  parseIntegerEnv,
  replayCommand,
} from './fuzzSeed';

describe('fast-check seed for the unit gate', () => {
  it('uses the fixed seed unless FC_SEED is set, and numRuns only when FC_NUM_RUNS is set', () => {
    expect(fastCheckParameters({})).toEqual({ seed: FIXED_SEED });
    expect(fastCheckParameters({ FC_SEED: '' })).toEqual({ seed: FIXED_SEED });
    expect(fastCheckParameters({ FC_SEED: '-1283159094' })).toEqual({ seed: -1283159094 });
    expect(fastCheckParameters({ FC_SEED: '7', FC_NUM_RUNS: '500' })).toEqual({ seed: 7, numRuns: 500 });
  });

  it('refuses a seed or run count that is not an integer instead of silently using NaN', () => {
    expect(() => fastCheckParameters({ FC_SEED: 'abc' })).toThrow('FC_SEED must be an integer, got "abc"');
    expect(() => fastCheckParameters({ FC_SEED: '1.5' })).toThrow(/FC_SEED/);
    expect(() => fastCheckParameters({ FC_NUM_RUNS: '0' })).toThrow(/FC_NUM_RUNS must be at least 1/);
    expect(parseIntegerEnv('X', ' 12 ', 3)).toBe(12);
  });
});

describe('npm run fuzz options', () => {
  it('defaults to 3 seeds of 200 runs over every property file', () => {
    expect(parseFuzzArgs([])).toEqual({ seeds: 3, numRuns: 200, paths: [] });
  });

  it('reads --seeds (alias --runs), --num-runs and paths, ignoring npm\'s "--"', () => {
    expect(parseFuzzArgs(['--', '--seeds', '5', '--num-runs', '1000', 'src/metrics'])).toEqual({
      seeds: 5,
      numRuns: 1000,
      paths: ['src/metrics'],
    });
    expect(parseFuzzArgs(['--runs', '2']).seeds).toBe(2);
  });

  it('rejects unknown options and counts that are not positive integers', () => {
    expect(() => parseFuzzArgs(['--seed', '1'])).toThrow('unknown option --seed');
    expect(() => parseFuzzArgs(['--seeds', '0'])).toThrow('--seeds needs a positive integer');
    expect(() => parseFuzzArgs(['--num-runs'])).toThrow('--num-runs needs a positive integer');
  });

  it('draws 32-bit signed seeds over the whole range', () => {
    expect(freshSeed(() => 0)).toBe(-(2 ** 31));
    expect(freshSeed(() => 0.5)).toBe(0);
    expect(freshSeed(() => 1 - 2 ** -53)).toBe(2 ** 31 - 1);
  });

  it('prints a replay command with the seed, the run count and the files', () => {
    expect(replayCommand(-5, 200, [])).toBe('FC_SEED=-5 FC_NUM_RUNS=200 npx vitest run');
    expect(replayCommand(9, 50, ['a.test.ts', 'b.test.ts'])).toBe(
      'FC_SEED=9 FC_NUM_RUNS=50 npx vitest run a.test.ts b.test.ts',
    );
  });
});
