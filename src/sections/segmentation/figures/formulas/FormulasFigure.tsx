/**
 * Figure `segmentation.formulas`: IoU and Dice of one class, written out
 * with the TP, FP and FN of the reader's painted prediction, and the Dice
 * against IoU plot with the reader's point.
 */
import { memo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import { segmentationText } from '../../../../i18n/segmentation';
import { CLASS_ID, CLASS_NAMES } from '../../../../scenes/segmentation/classes';
import { formulasWidget } from '../../state';
import type { MetricView, SegmentationResult } from '../../results';
import { READOUT_GRID } from '../../../../widgets/classes';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { DiceIouPlot } from './DiceIouPlot';

const t = segmentationText.formulas;

/** Two lines (definition, then the reader's numbers), so the filled-in part fits a phone screen too. */
const IOU_TEX =
  '\\begin{aligned} \\mathrm{IoU} &= \\frac{TP}{TP + FP + FN} \\\\ &= \\frac{\\var{tp}}{\\var{tp} + \\var{fp} + \\var{fn}} = \\var{iou} \\end{aligned}';
const IOU_SPOKEN = segmentationText.formulas.iouSpoken;
const DICE_TEX =
  '\\begin{aligned} \\mathrm{Dice} &= \\frac{2\\,TP}{2\\,TP + FP + FN} \\\\ &= \\frac{2 \\cdot \\var{tp}}{2 \\cdot \\var{tp} + \\var{fp} + \\var{fn}} = \\var{dice} \\end{aligned}';
const DICE_SPOKEN = segmentationText.formulas.diceSpoken;

/** The live formulas figure. */
export const FormulasFigure = memo(function FormulasFigure({ seg }: { seg: MetricView<SegmentationResult> }) {
  const [state, setState, reset] = useWidgetState(formulasWidget);
  const id = CLASS_ID[state.cls];
  const r = seg.value;
  const common = { pending: seg.pending, error: seg.error, className: state.cls };
  const count = (v: number | undefined) => ({ value: v, format: 'count' as const });
  const values = {
    tp: count(r?.tp[id]),
    fp: count(r?.fp[id]),
    fn: count(r?.fn[id]),
    iou: { value: r ? (r.iou[id] ?? null) : undefined, format: 'fraction' as const },
    dice: { value: r ? (r.dice[id] ?? null) : undefined, format: 'fraction' as const },
  };
  return (
    <Figure widget={formulasWidget} caption={t.caption} onReset={reset}>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <div className="flex min-w-0 flex-col gap-4">
          <RadioGroup
            legend={t.cls}
            name="segmentation-formula-class"
            value={state.cls}
            options={CLASS_NAMES.map((n) => ({ value: n, label: segmentationText.classNames[n] }))}
            onChange={(cls) => setState({ cls })}
          />
          <div className={`${READOUT_GRID} grid-cols-3`}>
            <MetricReadout metric="tp" label={t.tp} value={r?.tp[id]} format="count" {...common} />
            <MetricReadout metric="fp" label={t.fp} value={r?.fp[id]} format="count" {...common} />
            <MetricReadout metric="fn" label={t.fn} value={r?.fn[id]} format="count" {...common} />
          </div>
          <div role="group" aria-label={t.formulasRegion} className="min-w-0">
            <LiveFormula tex={IOU_TEX} spoken={IOU_SPOKEN} values={values} />
            <LiveFormula tex={DICE_TEX} spoken={DICE_SPOKEN} values={values} />
          </div>
          <ReadoutGrid
            className={`${READOUT_GRID} grid-cols-2`}
            shared={{ ...common, format: 'fraction' }}
            readouts={[
              { metric: 'segmentation.iou', label: t.iou, value: values.iou.value },
              { metric: 'segmentation.dice', label: t.dice, value: values.dice.value },
            ]}
          />
        </div>
        <DiceIouPlot iou={values.iou.value} dice={values.dice.value} />
      </div>
    </Figure>
  );
});
