/**
 * Figure `image-quality.aggregation`: two restorers on one seeded test set of
 * small images, PSNR computed per image then averaged (as super-resolution
 * code does) next to PSNR of the MSE pooled over every pixel, with
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

/** The per-image vs pooled PSNR figure. */
export function AggregationFigure() {
  const [state, setState, reset] = useWidgetState(aggregationWidget);
  const args = useMemo(() => ({ n: state.n, seed: state.seed }), [state.n, state.seed]);
  const result = useMetric('aggregation_image_quality', args);
  return (
    <Figure widget={aggregationWidget} caption={aggregationText.imageQuality.caption} onReset={reset}>
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
            readout: 'psnr',
            label: 'PSNR',
            format: 'db',
            digits: 2,
            higherIsBetter: true,
            scores: result.value?.psnr,
          },
        ]}
      />
    </Figure>
  );
}
