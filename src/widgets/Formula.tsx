/**
 * Formulas rendered with KaTeX. `katex.render` builds DOM nodes and sets
 * their styles through the DOM, which the strict Content-Security-Policy
 * allows (`renderToString` + `innerHTML` would create inline style attributes
 * it blocks).
 *
 * Cheap on the hot path: KaTeX (and its stylesheet and fonts) is imported
 * the first time a formula nears the viewport (katexLoader); until then the
 * formula shows its plain-text form at about KaTeX's height. KaTeX runs only
 * when the filled-in TeX string changes (numbers change it only when their
 * displayed rounding does) and only on or near the screen; an off-screen
 * formula catches up when it comes near or before printing. A display
 * formula wider than its column (a phone) is scaled down to fit, or, below a
 * floor scale, drawn inline so it wraps after `=` and `+`; both are decided
 * when a ResizeObserver reports a new size, never by forcing layout after a
 * render.
 */
import { memo, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { fillTexTemplate, fillTextTemplate, katexOptions, type LiveValues } from './formulaTemplate';
import {
  fitFormula,
  formulaStep,
  FULL_SIZE,
  overflows,
  placeholderHeightEm,
  type FormulaFit,
} from './formulaRender';
import { katexIfLoaded, loadKatex, type Katex } from './katexLoader';
import { useNearViewport } from './useNearViewport';

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

/**
 * How a display formula fits its column (formulaRender.ts, fitFormula):
 * scaled down to the column's width, or wrapped below a floor scale, never
 * in a sideways scroll box. Measured only in a ResizeObserver callback (the
 * column or the KaTeX output changed size), where layout is already up to
 * date, so the read forces no extra layout; a measurement that changes
 * nothing keeps the same state (no re-render).
 */
function useFit(box: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, on: boolean) {
  const [fit, setFit] = useState<FormulaFit>(FULL_SIZE);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!on || !b || !c || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const m = { content: c.offsetWidth, box: b.clientWidth, scroll: b.scrollWidth };
      setFit((f) => fitFormula(f, m));
      setScrolls(overflows(m.scroll, m.box));
    });
    observer.observe(b);
    observer.observe(c);
    return () => observer.disconnect();
  }, [box, content, on]);
  return { fit: on ? fit : FULL_SIZE, scrolls: on && scrolls };
}

/** Renders LaTeX with KaTeX into an element (errors show the source in red, never throw). */
export const Formula = memo(function Formula({ tex, display = true, label, classes = '' }: FormulaProps) {
  const target = useRef<HTMLSpanElement>(null);
  const box = useRef<HTMLElement>(null);
  const drawn = useRef<string | null>(null);
  const near = useNearViewport(box);
  const [katex, setKatex] = useState<Katex | null>(katexIfLoaded);
  const [shown, setShown] = useState(false);
  const { fit, scrolls } = useFit(box, target, display);
  // what KaTeX draws: the TeX and the mode (a wrapped display formula is drawn inline, so it can break)
  const asDisplay = display && !fit.wrap;
  const key = `${asDisplay ? 'd' : 'i'}:${tex}`;

  const draw = useCallback(
    (k: Katex) => {
      if (!target.current || drawn.current === key) return;
      k.render(tex, target.current, katexOptions(asDisplay));
      drawn.current = key;
      setShown(true);
    },
    [tex, key, asDisplay],
  );

  useEffect(() => {
    const step = formulaStep({ tex: key, drawn: drawn.current, near, ready: katex !== null });
    if (step === 'render' && katex) draw(katex);
    if (step !== 'load') return;
    let live = true;
    loadKatex().then(
      (k) => live && setKatex(() => k),
      () => undefined, // offline without the precache: the plain-text form stays
    );
    return () => {
      live = false;
    };
  }, [key, near, katex, draw]);

  // An off-screen formula is drawn before printing, so paper shows every formula.
  useEffect(() => {
    if (!katex || typeof window === 'undefined') return;
    const beforePrint = () => {
      if (formulaStep({ tex: key, drawn: drawn.current, near, ready: true, force: true }) === 'render')
        draw(katex);
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [katex, key, near, draw]);

  const Tag = display ? 'div' : 'span';
  return (
    <Tag
      ref={box as RefObject<HTMLDivElement & HTMLSpanElement>}
      className={`ba-formula ${display ? 'ba-formula--display' : ''} ${classes}`}
      role={label ? 'img' : undefined}
      aria-label={label}
      tabIndex={scrolls ? 0 : undefined}
      data-formula={shown ? 'katex' : 'text'}
    >
      {!shown && (
        <span
          className={display ? 'flex items-center justify-center text-center' : undefined}
          style={display ? { minHeight: `${placeholderHeightEm(tex)}em` } : undefined}
          aria-hidden={label ? 'true' : undefined}
        >
          {label ?? tex}
        </span>
      )}
      <span
        ref={target}
        className={
          display ? (fit.wrap ? 'ba-formula__wrapped block' : 'mx-auto block w-max max-w-none') : undefined
        }
        style={display && fit.scale !== 1 ? { fontSize: `${fit.scale}em` } : undefined}
        data-formula-scale={display && fit.scale !== 1 ? fit.scale : undefined}
        aria-hidden={label ? 'true' : undefined}
      />
    </Tag>
  );
});

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
 * same formula in words and numbers. The filled strings are Formula's memo
 * key: a new `values` object with the same rounded numbers renders nothing.
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
