import { describe, expect, it } from 'vitest';
import { sliderText } from './sliderText';

describe('sliderText', () => {
  it('prefers the format function, then the digits, then a plain number', () => {
    expect(sliderText(0.5, (v) => `${v * 100} %`, 3)).toBe('50 %');
    expect(sliderText(0.5, undefined, 2)).toBe('0.50');
    expect(sliderText(12.5)).toBe('12.5');
    expect(sliderText(-3)).toBe('-3');
  });

  it('does not show float noise', () => {
    expect(sliderText(0.1 + 0.2)).toBe('0.3');
    expect(sliderText(9.900000000000002)).toBe('9.9');
  });
});
