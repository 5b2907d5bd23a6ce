/**
 * Figure `depth.aggregation`: two depth models on one seeded test set of
 * dense and sparse frames, AbsRel averaged per frame (monodepth2's way) next
 * to AbsRel pooled over every valid pixel, with bootstrap intervals; the
 * default set ranks the two models in opposite orders.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { AggregationPanel } from '../../../../widgets/aggregation/AggregationPanel';
import { TEST_SET_RANGE } from '../../../../widgets/aggregation/testSetState';
import { aggregationText } from '../../../../i18n/aggregation';
import { aggregationWidget } from '../../state';

/** The per-frame vs pooled AbsRel figure. */
export function AggregationFigure() {
  const [state, setState, reset] = useWidgetState(aggregationWidget);
  const args = useMemo(() => ({ n: state.n, seed: state.seed }), [state.n, state.seed]);
  const result = useMetric('aggregation_depth', args);
  return (
    <Figure widget={aggregationWidget} caption={aggregationText.depth.caption} onReset={reset}>
      <AggregationPanel
        title={aggregationWidget.title}
        n={state.n}
        seed={state.seed}
        range={TEST_SET_RANGE}
        onChange={(next) => setState(next)}
        pending={result.pending}
        error={result.error}
        metrics={[
          {
            readout: 'depth.abs_rel',
            label: 'AbsRel',
            format: 'fraction',
            digits: 3,
            higherIsBetter: false,
            scores: result.value?.abs_rel,
          },
        ]}
      />
    </Figure>
  );
}
