import { describe, expect, it } from 'vitest';
import { matchRoute } from '../routes';

describe('the embed route', () => {
  it('matches #/embed/<widget id> and nothing deeper', () => {
    expect(matchRoute('/embed/detection.iou', [])).toEqual({ kind: 'embed', widgetId: 'detection.iou' });
    expect(matchRoute('/embed', []).kind).toBe('not-found');
    expect(matchRoute('/embed/a/b', []).kind).toBe('not-found');
  });
});
