/**
 * Figure `depth.wall-book`: a wall at 10 m and a book at 1 m, one slider for
 * each prediction; absolute error, RMSE, AbsRel and delta < 1.25 for the wall,
 * the book and both together (data-subject wall / book / both), all from the
 * worker's `depth` metric, and the formulas filled in with the reader's numbers.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { LiveFormula } from '../../../../widgets/Formula';
import { depthText } from '../../../../i18n/depth';
import { wallBookWidget } from '../../state';
import { BOOK_RANGE, WALL_RANGE, wallBookArgs, type WallBookSubject } from './wallBook';
import { WallBookDrawing } from './WallBookDrawing';
import { WallBookReadouts } from './WallBookReadouts';
import '../../depth.css';

const t = depthText.wallBook;
const fmtMetres = (v: number) => `${v.toFixed(1)} m`;
/** The two sliders: the predicted depth of the wall and of the book. */
const SLIDERS = [
  { key: 'wall', label: t.wallSlider, range: WALL_RANGE },
  { key: 'book', label: t.bookSlider, range: BOOK_RANGE },
] as const;
/** The two objects of the error formulas: symbol, true depth in metres and the spoken forms. */
const OBJECTS = [
  { subject: 'wall', symbol: 'w', truth: 10, spoken: { abs: 'absWall', rel: 'relWall' } },
  { subject: 'book', symbol: 'b', truth: 1, spoken: { abs: 'absBook', rel: 'relBook' } },
] as const;

/** The wall-and-book figure. */
export function WallBookFigure() {
  const [state, setState, reset] = useWidgetState(wallBookWidget);
  const args = useMemo(() => wallBookArgs(state.wall, state.book), [state.wall, state.book]);
  const results = {
    wall: useMetric('depth', args.wall),
    book: useMetric('depth', args.book),
    both: useMetric('depth', args.both),
  };
  const m = (s: WallBookSubject) => results[s].value;
  const metres = (v: number) => ({ value: v, format: 'm' as const, digits: 1 });
  return (
    <Figure
      id={wallBookWidget.id}
      title={wallBookWidget.title}
      caption={t.caption}
      onReset={reset}
      headingLevel={2}
    >
      <div className="depth-wb-layout grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="depth-wb-left flex min-w-0 flex-col gap-3">
          <WallBookDrawing wall={state.wall} book={state.book} />
          <div className="grid gap-3 sm:grid-cols-2">
            {SLIDERS.map(({ key, label, range }) => (
              <Slider
                key={key}
                label={label}
                range={range}
                value={state[key]}
                onChange={(v) => setState({ [key]: v })}
                format={fmtMetres}
              />
            ))}
          </div>
        </div>
        <WallBookReadouts results={results} />
      </div>
      <div className="mt-4 grid min-w-0 gap-2 max-sm:text-[0.8rem] md:grid-cols-2 [&>*]:min-w-0">
        {(['abs', 'rel'] as const).flatMap((kind) =>
          OBJECTS.map(({ subject, symbol, truth, spoken }) => {
            const guess = symbol === 'w' ? state.wall : state.book;
            const error = kind === 'abs' ? m(subject)?.abs_error : m(subject)?.abs_rel;
            // The placeholder names the spoken text uses: ew, eb (errors), rw, rb (relative errors).
            const result = `${kind === 'abs' ? 'e' : 'r'}${symbol}`;
            return (
              <LiveFormula
                key={`${kind}-${subject}`}
                tex={
                  kind === 'abs'
                    ? `|d - d^*|_{\\text{${subject}}} = |\\var{${symbol}} - ${truth}\\,\\mathrm{m}| = \\var{${result}}`
                    : `\\mathrm{AbsRel}_{\\text{${subject}}} = \\frac{|\\var{${symbol}} - ${truth}|}{${truth}} = \\var{${result}}`
                }
                spoken={t.spoken[spoken[kind]]}
                values={{
                  [symbol]: metres(guess),
                  [result]:
                    kind === 'abs'
                      ? { value: error, format: 'm', digits: 2 }
                      : { value: error, format: 'fraction', digits: 3 },
                }}
              />
            );
          }),
        )}
        <LiveFormula
          tex="\begin{aligned}\mathrm{RMSE} &= \sqrt{\tfrac{1}{2}\left[(\var{w} - 10)^2 + (\var{b} - 1)^2\right]} \\ &= \var{rmse}\end{aligned}\,"
          spoken={t.spoken.rmse}
          values={{
            w: metres(state.wall),
            b: metres(state.book),
            rmse: { value: m('both')?.rmse, format: 'm', digits: 3 },
          }}
        />
        <LiveFormula
          tex="\begin{aligned}\delta_{1.25} &= \tfrac{1}{2}\,\#\left\{\max\left(\tfrac{d}{d^*}, \tfrac{d^*}{d}\right) < 1.25\right\} \\ &= \var{a1}\end{aligned}\,"
          spoken={t.spoken.a1}
          values={{ a1: { value: m('both')?.a1, format: 'fraction', digits: 2 } }}
        />
      </div>
    </Figure>
  );
}
