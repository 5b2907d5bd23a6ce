/**
 * Figure `benchmarks.topk`: a toy 10-class classifier's ranked guesses for
 * twelve photos; top-1 and top-5 accuracy always shown and top-k for the
 * slider's k (readouts `topk.accuracy`, data-subject `top-1`, `top-5`,
 * `top-k`), all from the worker's `topk` metric. The table marks, per photo,
 * the rank of the true class, whether top-k counts it, and what kind of
 * mistake top-5 forgives or hides.
 */
import { Fragment, useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { benchmarksText } from '../../../../i18n/benchmarks';
import { topkWidget } from '../../state';
import { CLASSES, IMAGES, LABELS, rankOfTruth, toyScores } from './toyClassifier';
import '../../benchmarks.css';

const t = benchmarksText.topk;
const SCORES = toyScores();
const LABEL_LIST = [...LABELS];

/** The top-1 vs top-5 figure. */
export function TopkFigure() {
  const [state, setState, reset] = useWidgetState(topkWidget);
  const k = state.k;
  const args1 = useMemo(() => ({ scores: SCORES, labels: LABEL_LIST, k: 1 }), []);
  const args5 = useMemo(() => ({ scores: SCORES, labels: LABEL_LIST, k: 5 }), []);
  const argsK = useMemo(() => ({ scores: SCORES, labels: LABEL_LIST, k }), [k]);
  const r1 = useMetric('topk', args1);
  const r5 = useMetric('topk', args5);
  const rk = useMetric('topk', argsK);
  const readouts = [
    { subject: 'top-1', label: t.top1, r: r1 },
    { subject: 'top-5', label: t.top5, r: r5 },
    { subject: 'top-k', label: t.topK(k), r: rk },
  ];
  return (
    <Figure widget={topkWidget} caption={t.caption} onReset={reset}>
      <div className="bm-readouts">
        {readouts.map(({ subject, label, r }) => (
          <MetricReadout
            key={subject}
            metric="topk.accuracy"
            subject={subject}
            label={label}
            value={r.value?.accuracy}
            pending={r.pending}
            error={r.error}
            format="fraction"
            digits={3}
          />
        ))}
        <Slider
          label={t.kSlider}
          min={1}
          max={CLASSES.length}
          step={1}
          value={k}
          onChange={(next) => setState({ k: next })}
          classes="min-w-[12rem] flex-1"
        />
      </div>
      <table className="bm-topk-table ba-table ba-table--stack mt-3 w-full">
        <caption className="sr-only">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.photo}</th>
            <th scope="col">{t.guesses}</th>
            <th scope="col">{t.rank}</th>
            <th scope="col">{t.verdict(k)}</th>
            <th scope="col">{t.kind}</th>
          </tr>
        </thead>
        <tbody>
          {IMAGES.map((image) => {
            const rank = rankOfTruth(image);
            const counted = rank <= k;
            return (
              <tr key={image.id} data-photo={image.id}>
                <th scope="row" data-label={t.photo}>
                  {image.description}
                </th>
                <td data-label={t.guesses}>
                  <span>
                    {image.order.slice(0, 3).map((c, i) => (
                      <Fragment key={c}>
                        {i > 0 ? ', ' : ''}
                        <span className={c === image.label ? 'bm-truth' : undefined}>
                          {CLASSES[c]}
                          {c === image.label ? ` ${t.truthMark}` : ''}
                        </span>
                      </Fragment>
                    ))}
                  </span>
                </td>
                <td data-label={t.rank}>{rank}</td>
                <td data-label={t.verdict(k)} className={counted ? 'bm-verdict--yes' : 'bm-verdict--no'}>
                  {counted ? t.yes : t.no}
                </td>
                <td data-label={t.kind}>{t.kinds[image.kind]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </Figure>
  );
}
