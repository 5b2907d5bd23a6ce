import { describe, expect, it } from 'vitest';
import { currentEntry, isLoadFailure, neighbours, sameEntries } from './pageContents';

const box = (id: string, top: number, height = 300) => ({ id, top, bottom: top + height });

describe('currentEntry', () => {
  it('marks the last figure whose top passed the reading line', () => {
    expect(currentEntry([box('a', -500), box('b', 100), box('c', 500)], 800)).toBe('b');
    expect(currentEntry([box('a', -200), box('b', 400), box('c', 900)], 800)).toBe('a');
  });

  it('marks the first figure on screen when none passed the line yet', () => {
    expect(currentEntry([box('a', 500), box('b', 900)], 800)).toBe('a');
  });

  it('marks the last figure above the screen when none is on screen', () => {
    expect(currentEntry([box('a', -2000), box('b', -900), box('c', 1200)], 800)).toBe('b');
  });

  it('gives null before the first figure and on a page without figures', () => {
    expect(currentEntry([box('a', 900), box('b', 1200)], 800)).toBeNull();
    expect(currentEntry([], 800)).toBeNull();
  });

  it('keeps the followed entry while its figure is on screen, then lets go', () => {
    const boxes = [box('a', -100), box('b', 100), box('c', 600)];
    expect(currentEntry(boxes, 800, 'c')).toBe('c');
    expect(currentEntry(boxes, 800, 'z')).toBe('b');
  });
});

describe('neighbours', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('finds the previous and next section', () => {
    expect(neighbours(list, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(list, 'a')).toEqual({ previous: undefined, next: { id: 'b' } });
    expect(neighbours(list, 'c')).toEqual({ previous: { id: 'b' }, next: undefined });
    expect(neighbours(list, 'x')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('sameEntries', () => {
  it('compares ids and titles in order', () => {
    const a = [{ id: 'x', title: 'X' }];
    expect(sameEntries(a, [{ id: 'x', title: 'X' }])).toBe(true);
    expect(sameEntries(a, [{ id: 'x', title: 'Y' }])).toBe(false);
    expect(sameEntries(a, [])).toBe(false);
  });
});

describe('isLoadFailure', () => {
  it('recognises failed chunk and stylesheet downloads', () => {
    expect(isLoadFailure(new Error('Unable to preload CSS for /assets/pose-abc.css'))).toBe(true);
    expect(isLoadFailure(new TypeError('Failed to fetch dynamically imported module: x.js'))).toBe(true);
    expect(isLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
  });
});
