import { describe, expect, it } from 'vitest';
import { sliderText } from './sliderText';

describe('sliderText', () => {
  it('prefers the format function, then the digits, then String', () => {
    expect(sliderText(0.5, (v) => `${v * 100} %`, 3)).toBe('50 %');
    expect(sliderText(0.5, undefined, 2)).toBe('0.50');
    expect(sliderText(0.1 + 0.2)).toBe('0.30000000000000004');
  });
});
