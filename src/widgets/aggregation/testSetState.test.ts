import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { MAX_TEST_SET_SEED, TEST_SET_DEFAULTS, testSetSchema } from './testSetState';

describe('testSetSchema', () => {
  it('accepts the defaults and whole sizes and seeds in range', () => {
    expect(v.is(testSetSchema, TEST_SET_DEFAULTS)).toBe(true);
    expect(v.is(testSetSchema, { n: 400, seed: MAX_TEST_SET_SEED })).toBe(true);
  });
  it('refuses sizes and seeds a link should not carry', () => {
    for (const bad of [
      { n: 3, seed: 1 },
      { n: 401, seed: 1 },
      { n: 10.5, seed: 1 },
      { n: 10, seed: 0 },
      { n: 10, seed: 1.5 },
      { n: 10, seed: MAX_TEST_SET_SEED + 1 },
    ])
      expect(v.is(testSetSchema, bad)).toBe(false);
  });
});
