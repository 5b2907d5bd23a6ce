import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  fitFormula,
  FORMULA_FLOOR,
  formulaStep,
  FULL_SIZE,
  overflows,
  placeholderHeightEm,
} from './formulaRender';
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

describe('fitFormula', () => {
  it('keeps a formula that fits at full size (the same object: no re-render)', () => {
    const fit = { scale: 1, wrap: false, natural: 300 };
    expect(fitFormula(fit, { content: 300, box: 320, scroll: 320 })).toBe(fit);
  });

  it('scales a formula 400 px wide into a 300 px column', () => {
    const next = fitFormula(FULL_SIZE, { content: 400, box: 300, scroll: 400 });
    expect(next.wrap).toBe(false);
    expect(next.scale).toBeLessThanOrEqual(0.75);
    expect(next.scale).toBeGreaterThan(0.72);
    expect(next.natural * next.scale).toBeLessThanOrEqual(300);
  });

  it('is stable once scaled (the drawn width is measured at the scale)', () => {
    const next = fitFormula(FULL_SIZE, { content: 400, box: 300, scroll: 400 });
    const drawn = next.natural * next.scale;
    expect(fitFormula(next, { content: drawn, box: 300, scroll: 300 })).toBe(next);
  });

  it('grows back when the column widens', () => {
    const small = { scale: 0.6, wrap: false, natural: 500 };
    expect(fitFormula(small, { content: 300, box: 800, scroll: 800 }).scale).toBe(1);
  });

  it('wraps instead of scaling below the floor, and unwraps when there is room', () => {
    const wrapped = fitFormula(FULL_SIZE, { content: 1000, box: 300, scroll: 1000 });
    expect(wrapped).toEqual({ scale: 1, wrap: true, natural: 1000 });
    expect(fitFormula(wrapped, { content: 290, box: 300, scroll: 300 })).toBe(wrapped);
    const back = fitFormula(wrapped, { content: 290, box: 700, scroll: 700 });
    expect(back.wrap).toBe(false);
    expect(back.scale * 1000).toBeLessThanOrEqual(700);
  });

  it('shrinks a wrapped formula whose unbreakable piece still overflows', () => {
    const wrapped = { scale: 1, wrap: true, natural: 1000 };
    const next = fitFormula(wrapped, { content: 300, box: 300, scroll: 450 });
    expect(next.wrap).toBe(true);
    expect(next.scale).toBeLessThanOrEqual(0.67);
  });

  it('never scales below the floor and always fits when it does not wrap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 50, max: 2000 }), (content, box) => {
        const next = fitFormula(FULL_SIZE, { content, box, scroll: Math.max(content, box) });
        if (next.wrap) return;
        expect(next.scale).toBeGreaterThanOrEqual(FORMULA_FLOOR);
        expect(next.natural * next.scale).toBeLessThanOrEqual(box);
      }),
    );
  });

  it('ignores a measurement of a column that is not drawn', () => {
    expect(fitFormula(FULL_SIZE, { content: 0, box: 0, scroll: 0 })).toBe(FULL_SIZE);
  });
});
