import { describe, expect, it, vi } from 'vitest';
import { createLabSession } from './labSession';

describe('createLabSession', () => {
  it('gives undefined for a key that was never set', () => {
    expect(createLabSession().get('lab.coco')).toBeUndefined();
  });

  it('gives back the value set under a key, the same object', () => {
    const session = createLabSession();
    const files = { gt: { name: 'gt.json', bytes: new ArrayBuffer(2) }, dt: null };
    session.set('lab.coco', files);
    expect(session.get('lab.coco')).toBe(files);
    expect(session.get('lab.depth')).toBeUndefined();
  });

  it('tells every listener after a change, and not after unsubscribing', () => {
    const session = createLabSession();
    const a = vi.fn();
    const b = vi.fn();
    const stopA = session.subscribe(a);
    session.subscribe(b);
    session.set('lab.depth', 1);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    stopA();
    session.set('lab.depth', 2);
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(2);
  });

  it('does not tell the listeners when the same value is set again', () => {
    const session = createLabSession();
    const listener = vi.fn();
    const value = { a: null, b: null };
    session.set('lab.image-pair', value);
    session.subscribe(listener);
    session.set('lab.image-pair', value);
    expect(listener).not.toHaveBeenCalled();
  });

  it('clears one key, or every key', () => {
    const session = createLabSession();
    const listener = vi.fn();
    session.set('lab.coco', 1);
    session.set('lab.depth', 2);
    session.subscribe(listener);
    session.clear('lab.coco');
    expect(session.get('lab.coco')).toBeUndefined();
    expect(session.get('lab.depth')).toBe(2);
    expect(listener).toHaveBeenCalledTimes(1);
    session.clear('lab.coco');
    expect(listener).toHaveBeenCalledTimes(1);
    session.clear();
    expect(session.get('lab.depth')).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps values apart between sessions', () => {
    const one = createLabSession();
    const two = createLabSession();
    one.set('lab.coco', 1);
    expect(two.get('lab.coco')).toBeUndefined();
  });
});
