import { describe, expect, it } from 'vitest';
import { groupLayoutClass, optionsOf } from './choices';

describe('optionsOf', () => {
  it('keeps the order of the values and labels each one', () => {
    const options = optionsOf(['a', 'b', 'c'] as const, (v, i) => `${v.toUpperCase()}${i}`);
    expect(options).toEqual([
      { value: 'a', label: 'A0' },
      { value: 'b', label: 'B1' },
      { value: 'c', label: 'C2' },
    ]);
  });

  it('marks only the options the predicate disables', () => {
    const options = optionsOf([0, 1, 2], String, (v) => v === 1);
    expect(options.map((o) => o.disabled === true)).toEqual([false, true, false]);
    expect('disabled' in options[0]!).toBe(false);
  });

  it('refuses a repeated value', () => {
    expect(() => optionsOf(['x', 'x'], String)).toThrow(/repeated/);
  });
});

describe('groupLayoutClass', () => {
  it('stacks a column and wraps a row', () => {
    expect(groupLayoutClass('column')).toContain('flex-col');
    expect(groupLayoutClass('row')).toContain('flex-wrap');
  });
});
