/**
 * Formulas rendered with KaTeX. `katex.render` builds DOM nodes and sets
 * their styles through the DOM, which the strict Content-Security-Policy
 * allows (`renderToString` + `innerHTML` would create inline style attributes
 * it blocks). The KaTeX stylesheet and fonts are imported here only, so they
 * load with the first section that shows a formula.
 */
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { fillTexTemplate, fillTextTemplate, katexOptions, type LiveValues } from './formulaTemplate';

/** Props of Formula. */
export interface FormulaProps {
  /** The LaTeX source. */
  tex: string;
  /** Display (block, centred) or inline; default display. */
  display?: boolean;
  /** Text alternative read instead of KaTeX's MathML, e.g. "IoU equals 12 over 15". */
  label?: string;
  /** Extra CSS classes of the wrapper. */
  classes?: string;
}

/** Renders LaTeX with KaTeX into an element (errors show the source in red, never throw). */
export function Formula({ tex, display = true, label, classes = '' }: FormulaProps) {
  const ref = useRef<HTMLSpanElement>(null);
  const box = useRef<HTMLElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useLayoutEffect(() => {
    if (ref.current) katex.render(tex, ref.current, katexOptions(display));
    const el = box.current;
    if (!display || !el) return;
    // A display formula wider than the column scrolls sideways; it must then be focusable for keyboard users.
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [tex, display]);
  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      ref={box as RefObject<HTMLDivElement & HTMLSpanElement>}
      className={`ba-formula ${display ? 'ba-formula--display' : ''} ${classes}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      tabIndex={scrolls ? 0 : undefined}
    >
      <span ref={ref} aria-hidden={label ? 'true' : undefined} />
    </Tag>
  );
}

/** Props of LiveFormula. */
export interface LiveFormulaProps {
  /** LaTeX with `\var{name}` placeholders, e.g. `\mathrm{IoU}=\frac{\var{tp}}{\var{tp}+\var{fp}+\var{fn}}`. */
  tex: string;
  /** Plain-text alternative with `{name}` placeholders, e.g. "IoU = {tp} over {tp} + {fp} + {fn}". */
  spoken: string;
  /** The numbers by placeholder name: bare numbers or `{value, format, digits}`. */
  values: LiveValues;
  /** Display (block) or inline; default display. */
  display?: boolean;
  /** Extra CSS classes of the wrapper. */
  classes?: string;
}

/**
 * A formula filled in with the reader's current numbers; each substituted
 * number is highlighted (class `ba-sub`), and the accessible name reads the
 * same formula in words and numbers.
 */
export function LiveFormula({ tex, spoken, values, display = true, classes = '' }: LiveFormulaProps) {
  return (
    <Formula
      tex={fillTexTemplate(tex, values)}
      label={fillTextTemplate(spoken, values)}
      display={display}
      classes={`ba-formula--live ${classes}`}
    />
  );
}
