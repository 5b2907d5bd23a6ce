import { describe, expect, it } from 'vitest';
import { PSNR_TIE_DB, preferred } from './preference';

describe('which copy a metric prefers', () => {
  it('prefers the larger value and calls near-equal values a tie', () => {
    expect(preferred(26.73, 30, PSNR_TIE_DB)).toBe('noisy');
    expect(preferred(0.86, 0.56, 0.005)).toBe('blurred');
    expect(preferred(26.7336, 26.7337, PSNR_TIE_DB)).toBe('tie');
    expect(preferred(Infinity, Infinity, PSNR_TIE_DB)).toBe('tie');
    expect(preferred(Infinity, 30, PSNR_TIE_DB)).toBe('blurred');
  });
  it('is undefined while a value is missing', () => {
    expect(preferred(undefined, 3, 0.1)).toBeUndefined();
    expect(preferred(3, Number.NaN, 0.1)).toBeUndefined();
  });
});
