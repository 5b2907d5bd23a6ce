/**
 * The timeline's text panel (aria-live polite): the focused stop's year and
 * name, a large number (the winning top-5 error, or the dataset's size), how
 * it compares with one human annotator, the winner's top-5 accuracy as a
 * readout (`topk.accuracy`, data-subject `top-5`, data-source
 * `ilsvrc-winner`: a published figure, 1 - error), and what changed.
 */
import { benchmarksText } from '../../../../i18n/benchmarks';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import type { TimelineStop } from './timelineData';

const t = benchmarksText.timeline;

/** The panel of one stop. */
export function TimelinePanel({ stop }: { stop: TimelineStop }) {
  return (
    <div className="bm-panel" aria-live="polite" data-testid="timeline-panel">
      <h3 className="bm-panel__title">
        {stop.year}: {stop.kind === 'dataset' ? stop.name : `ILSVRC, ${stop.name}`}
      </h3>
      {stop.kind === 'ilsvrc' ? (
        <p className="bm-panel__readout">
          <span className="bm-panel__label">{t.errorReadout(stop.year)}</span>
          <span className="bm-panel__number">{stop.error} %</span>
          <span className="bm-panel__note">{t.vsHuman(stop.error)}</span>
        </p>
      ) : null}
      {stop.kind === 'ilsvrc' ? (
        <MetricReadout
          metric="topk.accuracy"
          subject="top-5"
          data={{ source: 'ilsvrc-winner' }}
          label={t.accuracyReadout(stop.year)}
          value={1 - stop.error / 100}
          format="percent"
          digits={2}
        />
      ) : null}
      {stop.kind === 'dataset' ? (
        <p className="bm-panel__readout">
          <span className="bm-panel__label">{t.sizeLabel}</span>
          <span className="bm-panel__size">{stop.size}</span>
        </p>
      ) : null}
      <p className="bm-panel__text" data-testid="timeline-text">
        {stop.text}
      </p>
    </div>
  );
}
