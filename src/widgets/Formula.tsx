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
 * formula catches up when it comes near or before printing. Whether a
 * display formula scrolls sideways (then it is focusable) is checked when a
 * ResizeObserver reports a new size, never by forcing layout after a render.
 */
import { memo, useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { fillTexTemplate, fillTextTemplate, katexOptions, type LiveValues } from './formulaTemplate';
import { formulaStep, overflows, placeholderHeightEm } from './formulaRender';
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
 * Whether a display formula is wider than its box. Checked only in a
 * ResizeObserver callback (the box or the KaTeX output changed size), where
 * layout is already up to date, so the read forces no extra layout and a
 * re-render with the same size costs nothing.
 */
function useScrolls(box: RefObject<HTMLElement | null>, content: RefObject<HTMLElement | null>, on: boolean) {
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const b = box.current;
    const c = content.current;
    if (!on || !b || !c || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrolls(overflows(b.scrollWidth, b.clientWidth)));
    observer.observe(b);
    observer.observe(c);
    return () => observer.disconnect();
  }, [box, content, on]);
  return on && scrolls;
}

/** Renders LaTeX with KaTeX into an element (errors show the source in red, never throw). */
export const Formula = memo(function Formula({ tex, display = true, label, classes = '' }: FormulaProps) {
  const target = useRef<HTMLSpanElement>(null);
  const box = useRef<HTMLElement>(null);
  const drawn = useRef<string | null>(null);
  const near = useNearViewport(box);
  const [katex, setKatex] = useState<Katex | null>(katexIfLoaded);
  const [shown, setShown] = useState(false);
  const scrolls = useScrolls(box, target, display);

  const draw = useCallback(
    (k: Katex) => {
      if (!target.current || drawn.current === tex) return;
      k.render(tex, target.current, katexOptions(display));
      drawn.current = tex;
      setShown(true);
    },
    [tex, display],
  );

  useEffect(() => {
    const step = formulaStep({ tex, drawn: drawn.current, near, ready: katex !== null });
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
  }, [tex, near, katex, draw]);

  // An off-screen formula is drawn before printing, so paper shows every formula.
  useEffect(() => {
    if (!katex || typeof window === 'undefined') return;
    const beforePrint = () => {
      if (formulaStep({ tex, drawn: drawn.current, near, ready: true, force: true }) === 'render')
        draw(katex);
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, [katex, tex, near, draw]);

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
        className={display ? 'block w-max min-w-full' : undefined}
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
