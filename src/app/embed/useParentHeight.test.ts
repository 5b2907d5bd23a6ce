import { describe, expect, it } from 'vitest';
import { heightMessage } from './useParentHeight';

describe('embed height message', () => {
  it('posts the height rounded up with the agreed type', () => {
    expect(heightMessage(412.2)).toEqual({ type: 'beyond-accuracy:height', height: 413 });
  });
});
