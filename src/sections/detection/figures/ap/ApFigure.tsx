/**
 * Figure `detection.ap`: from detections to AP. Twelve draggable predictions
 * with editable scores on the drawn street, a ranked table of the chosen
 * class, its precision-recall curve, and AP by three interpolations, all
 * from the worker's `detection_match` (COCO-style greedy matching).
 */
import { useMemo } from 'react';
import type { BoxXywh } from '../../../../lib/geometry';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { detectionText } from '../../../../i18n/detection';
import { STREET_CLASSES, STREET_OBJECTS } from '../../../../scenes/detection/streetScene';
import { apWidget } from '../../state';
import { apArgs } from './apArgs';
import { AP_PREDICTIONS, IOU_THRESHOLDS } from './apScene';
import { ApDrawing } from './ApDrawing';
import { ApTable } from './ApTable';
import { PrChart } from '../../../../widgets/charts/PrChart';
import { RankedTable } from './RankedTable';

const t = detectionText.ap;

/** Snaps a slider value to the nearest of the ten COCO thresholds. */
function snapThreshold(v: number): (typeof IOU_THRESHOLDS)[number] {
  let best: (typeof IOU_THRESHOLDS)[number] = IOU_THRESHOLDS[0];
  for (const x of IOU_THRESHOLDS) if (Math.abs(x - v) < Math.abs(best - v)) best = x;
  return best;
}

/** The AP figure. */
export function ApFigure() {
  const [state, setState, reset] = useWidgetState(apWidget);
  const full = useMemo(() => apArgs(state).args, [state]);
  const one = useMemo(() => apArgs(state, state.cls), [state]);
  const all = useMetric('detection_match', full);
  const mine = useMetric('detection_match', one.args);
  const tp = useMemo(() => {
    const out: (boolean | undefined)[] = AP_PREDICTIONS.map(() => undefined);
    for (const row of all.value?.detections ?? []) out[row.index] = row.tp;
    return out;
  }, [all.value]);
  const gtIds = STREET_OBJECTS.filter((o) => o.cls === state.cls).map((o) => o.id);
  const points = (mine.value?.points ?? []).map((p) => ({ recall: p.recall ?? 0, precision: p.precision }));
  const envelope = (mine.value?.envelope ?? []).map((e) => e.precision);

  const setBox = (i: number, box: BoxXywh) =>
    setState((s) => ({ boxes: s.boxes.map((b, j) => (j === i ? [...box] : b)) as typeof s.boxes }));
  const setScore = (i: number, score: number) =>
    setState((s) => ({ scores: s.scores.map((x, j) => (j === i ? score : x)) }));

  return (
    <Figure widget={apWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(18rem,2fr)]">
        <ApDrawing boxes={state.boxes} scores={state.scores} cls={state.cls} tp={tp} onBox={setBox} />
        <div className="flex flex-col gap-4">
          <RadioGroup
            legend={t.classPicker}
            value={state.cls}
            options={optionsOf(STREET_CLASSES, (c) => detectionText.classes[c])}
            onChange={(cls) => setState({ cls })}
          />
          <Slider
            label={t.threshold}
            min={0.5}
            max={0.95}
            step={0.05}
            digits={2}
            value={state.threshold}
            onChange={(v) => setState({ threshold: snapThreshold(v) })}
          />
          <ApTable result={all.value} pending={all.pending} error={all.error} />
        </div>
      </div>
      <div className="mt-6 grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(14rem,18rem)]">
        <RankedTable
          cls={detectionText.classes[state.cls] ?? state.cls}
          threshold={state.threshold}
          result={mine.value}
          pending={mine.pending}
          error={mine.error}
          predictionNumbers={one.predictionNumbers}
          gtIds={gtIds}
          scores={state.scores}
          onScore={setScore}
        />
        <div>
          <h4 className="m-0 mb-2 text-base font-semibold">
            {t.curveTitle(detectionText.classes[state.cls] ?? state.cls)}
          </h4>
          <PrChart
            points={points}
            envelope={envelope}
            label={t.curveLabel(state.cls, points.length)}
            text={t}
          />
        </div>
      </div>
    </Figure>
  );
}
