import { describe, expect, it } from 'vitest';
import { formulaStep, overflows, placeholderHeightEm } from './formulaRender';
import { fillTexTemplate } from './formulaTemplate';

const IOU = '\\frac{\\var{tp}}{\\var{tp}+\\var{fp}} = \\var{iou}';
const fill = (tp: number, fp: number, iou: number) =>
  fillTexTemplate(IOU, { tp: { value: tp, format: 'count' }, fp: { value: fp, format: 'count' }, iou });

describe('formulaStep', () => {
  it('does nothing when the drawn TeX is the TeX to show', () => {
    expect(formulaStep({ tex: 'a', drawn: 'a', near: true, ready: true })).toBe('none');
  });
  it('renders a new TeX on or near the screen once KaTeX is loaded', () => {
    expect(formulaStep({ tex: 'b', drawn: 'a', near: true, ready: true })).toBe('render');
    expect(formulaStep({ tex: 'b', drawn: null, near: true, ready: true })).toBe('render');
  });
  it('loads KaTeX first when it is not loaded', () => {
    expect(formulaStep({ tex: 'b', drawn: null, near: true, ready: false })).toBe('load');
  });
  it('waits off screen, unless forced (before printing)', () => {
    expect(formulaStep({ tex: 'b', drawn: 'a', near: false, ready: true })).toBe('wait');
    expect(formulaStep({ tex: 'b', drawn: null, near: false, ready: false })).toBe('wait');
    expect(formulaStep({ tex: 'b', drawn: 'a', near: false, ready: true, force: true })).toBe('render');
  });
});

describe('the memo key of a live formula is its filled-in TeX', () => {
  it('values that round to the same displayed numbers give the same TeX (KaTeX skipped)', () => {
    const a = fill(12, 3, 0.80000001);
    const b = fill(12, 3, 0.80000002);
    expect(a).toBe(b);
    expect(formulaStep({ tex: b, drawn: a, near: true, ready: true })).toBe('none');
  });
  it('a changed count changes the TeX (KaTeX runs)', () => {
    const a = fill(12, 3, 0.8);
    const b = fill(13, 3, 0.8125);
    expect(a).not.toBe(b);
    expect(formulaStep({ tex: b, drawn: a, near: true, ready: true })).toBe('render');
  });
});

describe('placeholderHeightEm', () => {
  it('is taller for a fraction than for a plain row, and grows with rows', () => {
    const plain = placeholderHeightEm('a = b');
    const frac = placeholderHeightEm('a = \\frac{b}{c}');
    const two = placeholderHeightEm('a &= \\frac{b}{c} \\\\ &= \\frac{1}{2}');
    expect(frac).toBeGreaterThan(plain);
    expect(two).toBeGreaterThan(frac);
    expect(plain).toBeCloseTo(2.5, 9);
    expect(two).toBeCloseTo(6.2, 9);
  });
});

describe('overflows', () => {
  it('allows 1 px of rounding', () => {
    expect(overflows(301, 300)).toBe(false);
    expect(overflows(301.5, 300)).toBe(true);
    expect(overflows(200, 300)).toBe(false);
  });
});
