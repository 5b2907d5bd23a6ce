import { describe, expect, it } from 'vitest';
import { swatchBackground } from './swatchColour';

describe('swatchBackground', () => {
  it('is the plain colour of the first three channels', () => {
    expect(swatchBackground([230, 25, 75, 255], false)).toBe('rgb(230, 25, 75)');
  });

  it('stripes the colour with white when hatched', () => {
    expect(swatchBackground([1, 2, 3], true)).toBe(
      'repeating-linear-gradient(45deg, rgb(1, 2, 3) 0 3px, #ffffff 3px 5px)',
    );
  });
});
