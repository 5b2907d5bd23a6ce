/**
 * Figure `segmentation.aggregation`: two models on one seeded test set of
 * lesion images, mIoU and mean Dice computed per image then averaged next to
 * the same metrics pooled over every pixel (mmsegmentation's way), with
 * bootstrap intervals; the default set ranks the two models in opposite orders.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { AggregationPanel } from '../../../../widgets/aggregation/AggregationPanel';
import { TEST_SET_RANGE } from '../../../../widgets/aggregation/testSetState';
import { aggregationText } from '../../../../i18n/aggregation';
import { aggregationWidget } from '../../state';

/** The per-image vs pooled mIoU and mean Dice figure. */
export function AggregationFigure() {
  const [state, setState, reset] = useWidgetState(aggregationWidget);
  const args = useMemo(() => ({ n: state.n, seed: state.seed }), [state.n, state.seed]);
  const result = useMetric('aggregation_segmentation', args);
  return (
    <Figure widget={aggregationWidget} caption={aggregationText.segmentation.caption} onReset={reset}>
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
            readout: 'segmentation.miou',
            label: 'mIoU',
            format: 'fraction',
            digits: 3,
            higherIsBetter: true,
            scores: result.value?.miou,
          },
          {
            readout: 'segmentation.mdice',
            label: 'Mean Dice',
            format: 'fraction',
            digits: 3,
            higherIsBetter: true,
            scores: result.value?.mdice,
          },
        ]}
      />
    </Figure>
  );
}
