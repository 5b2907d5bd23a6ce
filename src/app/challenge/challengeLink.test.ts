import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../lib/base64url';
import {
  challengeHref,
  challengeProgressId,
  decodeChallenge,
  encodeChallenge,
  type Challenge,
} from './challengeLink';
import { allMet, meets, readoutNumber } from './goals';

const challenge: Challenge = {
  v: 1,
  w: 'segmentation.painter',
  goals: [
    { key: 'segmentation.pixel_accuracy', cmp: '>=', value: 0.95 },
    { key: 'segmentation.iou;class=person', cmp: '<=', value: 0.1 },
  ],
  hide: ['Perfect'],
  title: 'Try it',
};

const encodeJson = (data: unknown) => encodeBase64url(new TextEncoder().encode(JSON.stringify(data)));

describe('challenge links', () => {
  it('round-trips a challenge', () => {
    const read = decodeChallenge(encodeChallenge(challenge));
    expect(read).toEqual({ ok: true, challenge });
  });

  it('refuses damaged, foreign and out-of-range parameters without throwing', () => {
    for (const bad of [
      '',
      '!!!',
      'e30',
      encodeJson({ ...challenge, v: 2 }),
      encodeJson({ ...challenge, goals: [] }),
      encodeJson({ ...challenge, goals: [...challenge.goals, ...challenge.goals] }),
      encodeJson({ ...challenge, goals: [{ key: 'x', cmp: '==', value: 1 }] }),
      encodeJson({ ...challenge, w: '<script>' }),
      'x'.repeat(5000),
    ]) {
      expect(decodeChallenge(bad).ok, bad.slice(0, 40)).toBe(false);
    }
  });

  it('adds c and w to a share link, keeping s', () => {
    const href = challengeHref('http://h/app/#/segmentation?s=1.abc&w=segmentation.metrics', challenge);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(href.startsWith('http://h/app/#/segmentation?')).toBe(true);
    expect(params.get('s')).toBe('1.abc');
    expect(params.get('w')).toBe('segmentation.painter');
    expect(decodeChallenge(params.get('c') ?? '')).toEqual({ ok: true, challenge });
  });

  it('keeps built-in challenges by id and link challenges by a stable hash', () => {
    expect(challengeProgressId({ ...challenge, id: 'depth.book' })).toBe('depth.book');
    expect(challengeProgressId(challenge)).toBe(challengeProgressId({ ...challenge }));
    expect(challengeProgressId(challenge)).not.toBe(challengeProgressId({ ...challenge, hide: [] }));
  });
});

describe('goals', () => {
  it('compares numbers and never meets a goal without one', () => {
    expect(meets('0.96', '>=', 0.95)).toBe(true);
    expect(meets('0.95', '>=', 0.95)).toBe(true);
    expect(meets('0.94', '>=', 0.95)).toBe(false);
    expect(meets('0.05', '<=', 0.1)).toBe(true);
    expect(meets('undefined', '<=', 0.1)).toBe(false);
    expect(meets('undefined', '>=', -1)).toBe(false);
    expect(meets('error', '<=', 1)).toBe(false);
    expect(meets(null, '<=', 1)).toBe(false);
    expect(meets('inf', '>=', 1e9)).toBe(true);
    expect(readoutNumber('-inf')).toBe(-Infinity);
  });

  it('needs every goal met', () => {
    const values: Record<string, string> = {
      'segmentation.pixel_accuracy': '0.97',
      'segmentation.iou;class=person': '0.2',
    };
    expect(allMet(challenge.goals, (k) => values[k] ?? null)).toBe(false);
    values['segmentation.iou;class=person'] = '0.1';
    expect(allMet(challenge.goals, (k) => values[k] ?? null)).toBe(true);
    expect(allMet([], () => '1')).toBe(false);
  });
});
