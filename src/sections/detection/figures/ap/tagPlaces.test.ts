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

  it('gives larger tags (a slide’s type size) more room', () => {
    const box = boxXywh(10, 30, 40, 40);
    expect(tagPlaces([box], 400)).toEqual([{ x: 12, y: 26 }]);
    // at twice the size the tag no longer fits above the box: it goes under it
    expect(tagPlaces([box], 400, 28)).toEqual([{ x: 12, y: 107 }]);
    // two boxes side by side: their tags clash only at the larger size
    const pair = [boxXywh(100, 100, 40, 40), boxXywh(140, 100, 40, 40)];
    expect(tagPlaces(pair, 400)[1]).toEqual({ x: 142, y: 96 });
    expect(tagPlaces(pair, 400, 28)[1]).toEqual({ x: 142, y: 177 });
  });
});
