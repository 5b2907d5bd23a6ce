import { describe, expect, it } from 'vitest';
import { boxXywh } from '../../../../lib/geometry';
import { tagPlaces } from './tagPlaces';

describe('tagPlaces', () => {
  it('writes a tag above its box', () => {
    expect(tagPlaces([boxXywh(44, 258, 228, 102)], 400)).toEqual([{ x: 46, y: 254 }]);
  });

  it('moves a tag under its box when an earlier tag is in the way', () => {
    const [first, second] = tagPlaces([boxXywh(44, 258, 228, 102), boxXywh(26, 250, 210, 104)], 400);
    expect(first).toEqual({ x: 46, y: 254 });
    expect(second).toEqual({ x: 28, y: 373 });
  });

  it('writes under a box that touches the top of the image', () => {
    expect(tagPlaces([boxXywh(10, 5, 40, 40)], 400)).toEqual([{ x: 12, y: 64 }]);
  });
});
