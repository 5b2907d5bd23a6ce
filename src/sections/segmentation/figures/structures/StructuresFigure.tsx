/**
 * Figure `segmentation.structures`: the same one-pixel boundary error on a
 * small lesion and a large organ (synthetic discs drawn at one scale), Dice
 * and IoU of each from the worker (`binary_mask`), and a slider for the
 * lesion's radius.
 */
import { memo, useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import { segmentationText } from '../../../../i18n/segmentation';
import {
  LARGE_RADIUS,
  SMALL_RADIUS,
  boundaryErrorPair,
  type StructurePair,
} from '../../../../scenes/segmentation/structures';
import { structuresWidget } from '../../state';
import { BACKDROP, binaryErrorPicture } from '../shared/pictures';
import { RgbaCanvas } from '../../../../widgets/RgbaCanvas';
import { READOUT_GRID } from '../../../../widgets/classes';
import { DiceBySizePlot } from './DiceBySizePlot';
import { useDiceBySize } from './useDiceBySize';
import '../../present.css';

/** Output pixels per mask pixel (room for the hatching of misses). */
const SCALE = 4;
const t = segmentationText.structures;
const large = boundaryErrorPair(LARGE_RADIUS);

function maskArgs(pair: StructurePair) {
  const map = (data: Uint8Array) => ({ width: pair.size, height: pair.size, data });
  return { gt: map(pair.gt), pred: map(pair.pred) };
}

/** One structure: its picture at the common scale and its Dice and IoU. */
function Structure(props: { subject: 'small' | 'large'; pair: StructurePair; title: string; alt: string }) {
  const { subject, pair, title, alt } = props;
  const args = useMemo(() => maskArgs(pair), [pair]);
  const m = useMetric('binary_mask', args);
  const picture = useMemo(
    () => binaryErrorPicture(pair.gt, pair.pred, pair.size, BACKDROP.tissue, SCALE),
    [pair],
  );
  const common = { subject, pending: m.pending, error: m.error };
  return (
    <div className="seg-structure flex min-w-0 flex-col gap-2">
      <h3 className="font-semibold">{title}</h3>
      <ReadoutGrid
        className={`${READOUT_GRID} grid-cols-2`}
        shared={{ ...common, format: 'fraction' }}
        readouts={[
          { metric: 'binary_mask.dice', label: t.dice, value: m.value?.dice },
          { metric: 'binary_mask.iou', label: t.iou, value: m.value?.iou },
        ]}
      />
      {/* The counts come from the worker's confusion counts: missed = FN of TP + FN object pixels. */}
      <p className="text-sm" aria-busy={m.pending}>
        {m.value ? t.missed(m.value.fn, m.value.tp + m.value.fn) : '\u00a0'}
      </p>
      <div className="flex aspect-square w-full max-w-xs items-center justify-center rounded bg-black/5 dark:bg-white/5">
        <div style={{ width: `${(pair.size / large.size) * 100}%` }}>
          <RgbaCanvas rgba={picture} width={pair.size * SCALE} height={pair.size * SCALE} alt={alt} />
        </div>
      </div>
    </div>
  );
}

/** Every radius of the slider, then the organ's (the last point is the reference line). */
const SWEEP_RADII: readonly number[] = [
  ...Array.from({ length: SMALL_RADIUS.max - SMALL_RADIUS.min + 1 }, (_, k) => SMALL_RADIUS.min + k),
  LARGE_RADIUS,
];

/** The small-structures figure. */
export const StructuresFigure = memo(function StructuresFigure() {
  const [state, setState, reset] = useWidgetState(structuresWidget);
  const small = useMemo(() => boundaryErrorPair(state.radius), [state.radius]);
  const sweep = useDiceBySize(SWEEP_RADII);
  return (
    <Figure widget={structuresWidget} caption={t.caption} onReset={reset}>
      <div className="flex flex-col gap-4">
        <Slider
          label={t.radius}
          min={SMALL_RADIUS.min}
          max={SMALL_RADIUS.max}
          step={1}
          value={state.radius}
          onChange={(radius: number) => setState({ radius })}
        />
        <div className="grid gap-6 sm:grid-cols-2">
          <Structure subject="small" pair={small} title={t.small} alt={t.smallAlt(state.radius)} />
          <Structure subject="large" pair={large} title={t.large} alt={t.largeAlt(LARGE_RADIUS)} />
          <div className="flex min-w-0 flex-col gap-2 sm:col-span-2" data-size-sweep="">
            <h3 className="font-semibold">{t.plotTitle}</h3>
            {typeof sweep === 'string' ? (
              <p role="alert">{t.sweepError(sweep)}</p>
            ) : sweep ? (
              <DiceBySizePlot
                points={sweep.slice(0, -1)}
                radius={state.radius}
                organDice={sweep[sweep.length - 1]?.dice}
                minRadius={SMALL_RADIUS.min}
                maxRadius={SMALL_RADIUS.max}
              />
            ) : (
              <p>{segmentationText.metrics.waiting}</p>
            )}
          </div>
        </div>
      </div>
    </Figure>
  );
});
