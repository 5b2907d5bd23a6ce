import { describe, expect, it } from 'vitest';
import { boxXywh } from '../../../../lib/geometry';
import { chipPlace } from './chipPlace';

const size = { width: 512, height: 512 };

describe('chipPlace', () => {
  it('puts the chip above or below the box as asked when there is room', () => {
    expect(chipPlace(boxXywh(133, 347, 76, 76), 100, 20, 'above', size)).toEqual({ x: 133, y: 319 });
    expect(chipPlace(boxXywh(145, 355, 76, 76), 100, 20, 'below', size)).toEqual({ x: 145, y: 439 });
  });

  it('flips to the other side at the edge of the photo', () => {
    expect(chipPlace(boxXywh(10, 5, 50, 50), 100, 20, 'above', size).y).toBe(63);
    expect(chipPlace(boxXywh(10, 460, 50, 50), 100, 20, 'below', size).y).toBe(432);
  });

  it('keeps the chip inside the photo horizontally', () => {
    expect(chipPlace(boxXywh(480, 200, 30, 30), 100, 20, 'above', size).x).toBe(412);
  });
});
