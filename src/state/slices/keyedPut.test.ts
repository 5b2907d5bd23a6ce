import { describe, expect, it } from 'vitest';
import { putKeyed } from './keyedPut';

describe('putKeyed', () => {
  const a = { n: 1 };
  const b = { n: 2 };

  it('adds and replaces a value without touching the input', () => {
    const start = { x: a };
    expect(putKeyed(start, 'y', b)).toEqual({ x: a, y: b });
    expect(putKeyed(start, 'x', b)).toEqual({ x: b });
    expect(start).toEqual({ x: a });
  });

  it('removes a key with null', () => {
    expect(putKeyed({ x: a, y: b }, 'x', null)).toEqual({ y: b });
  });

  it('returns the same record when nothing changes', () => {
    const start = { x: a };
    expect(putKeyed(start, 'x', a)).toBe(start);
    expect(putKeyed(start, 'missing', null)).toBe(start);
  });
});
