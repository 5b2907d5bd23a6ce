import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { fillTexTemplate, fillTextTemplate, katexOptions, texNumber } from './formulaTemplate';

describe('fillTexTemplate', () => {
  it('substitutes each placeholder with a highlighted number', () => {
    const tex = fillTexTemplate('\\frac{\\var{tp}}{\\var{tp} + \\var{fp}}', {
      tp: { value: 12, format: 'count' },
      fp: { value: 3, format: 'count' },
    });
    expect(tex).toBe('\\frac{\\htmlClass{ba-sub}{12}}{\\htmlClass{ba-sub}{12} + \\htmlClass{ba-sub}{3}}');
  });

  it('writes null as undefined and a missing result as ?', () => {
    expect(fillTexTemplate('\\var{a}=\\var{b}', { a: null, b: undefined })).toBe(
      '\\htmlClass{ba-sub}{\\text{undefined}}=\\htmlClass{ba-sub}{?}',
    );
  });

  it('refuses a placeholder without a value', () => {
    expect(() => fillTexTemplate('\\var{tp}', { fp: 1 })).toThrow(/"tp"/);
  });

  it('leaves ordinary TeX alone', () => {
    expect(fillTexTemplate('\\mathrm{IoU} = \\frac{a}{b}', {})).toBe('\\mathrm{IoU} = \\frac{a}{b}');
  });
});

describe('texNumber', () => {
  it('braces thousands separators so TeX adds no space, and escapes percent', () => {
    expect(texNumber(12345, 'count')).toBe('12{,}345');
    expect(texNumber(0.5, 'percent')).toBe('50.0\\%');
    expect(texNumber(Infinity, 'db')).toBe('\\infty\\,\\mathrm{dB}');
  });
});

describe('fillTextTemplate', () => {
  it('gives the accessible text with numbers as people read them', () => {
    expect(
      fillTextTemplate('IoU = {tp} over {tp} plus {fp} = {iou}', {
        tp: { value: 12, format: 'count' },
        fp: { value: 3, format: 'count' },
        iou: { value: 0.8, format: 'fraction', digits: 2 },
      }),
    ).toBe('IoU = 12 over 12 plus 3 = 0.80');
    expect(fillTextTemplate('Dice = {d}', { d: null })).toBe('Dice = undefined');
  });
});

describe('katexOptions', () => {
  it('renders the highlight class and nothing else that needs trust', () => {
    const html = katex.renderToString(fillTexTemplate('x = \\var{x}', { x: 2 }), katexOptions(false));
    expect(html).toContain('class="enclosing ba-sub"');
    const sneaky = katex.renderToString(
      '\\htmlClass{evil}{1}\\htmlStyle{color:red}{2}\\href{x}{3}',
      katexOptions(false),
    );
    expect(sneaky).not.toMatch(/class="[^"]*evil/);
    expect(sneaky).not.toMatch(/style="[^"]*color:red/);
    expect(sneaky).not.toContain('<a ');
  });
});
