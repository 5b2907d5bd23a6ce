/**
 * Figure `detection.iou`: the IoU playground. A ground-truth box on the
 * astronaut's mission patch and a predicted box, both draggable, movable by
 * keyboard and resizable by their corners; the intersection and union are
 * shaded, the IoU comes from the worker (`box_iou`) and fills a live formula,
 * and the verdict at 0.50 and 0.75 says whether the prediction counts.
 */
import { useMemo } from 'react';
import type { BoxXywh } from '../../../../lib/geometry';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { DraggableBox } from '../../../../widgets/boxes/DraggableBox';
import { boxTuple, intersectBoxes, overlapAreas } from '../../../../lib/geometry';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { ASTRONAUT, iouWidget } from '../../state';
import { displaySrc, photoInfo } from '../../../../assets/photoCatalog';
import { ThresholdScale } from './ThresholdScale';

const t = detectionText.iou;
// The photo's WebP display copy (no metric reads its pixels here); the PNG original only as a fallback.
const astronaut = photoInfo('astronaut');
const photo = `${import.meta.env.BASE_URL}${astronaut ? displaySrc(astronaut) : ASTRONAUT.src}`;

/** The IoU playground. */
export function IouFigure() {
  const [state, setState, reset] = useWidgetState(iouWidget);
  const args = useMemo(() => ({ a: state.gt, b: state.pred }), [state.gt, state.pred]);
  const iou = useMetric('box_iou', args);
  const areas = overlapAreas(state.gt, state.pred);
  const inter = intersectBoxes(state.gt, state.pred);
  const bounds = { width: ASTRONAUT.width, height: ASTRONAUT.height };
  const rect = (b: BoxXywh, className: string) => (
    <rect x={b[0]} y={b[1]} width={b[2]} height={b[3]} className={className} />
  );
  return (
    <Figure widget={iouWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 items-start gap-6 md:grid-cols-[minmax(0,3fr)_minmax(16rem,2fr)]">
        <svg
          viewBox={`0 0 ${ASTRONAUT.width} ${ASTRONAUT.height}`}
          className="h-auto w-full touch-none select-none"
          role="group"
          aria-label={t.photoAlt}
        >
          <image href={photo} width={ASTRONAUT.width} height={ASTRONAUT.height} />
          {rect(state.gt, BOX_STYLES.union)}
          {rect(state.pred, BOX_STYLES.union)}
          {inter && rect(inter, BOX_STYLES.intersection)}
          {rect(state.gt, BOX_STYLES.gtHalo)}
          {(['gt', 'pred'] as const).map((key) => (
            <DraggableBox
              key={key}
              box={state[key]}
              bounds={bounds}
              label={key === 'gt' ? t.gtLabel : t.predLabel}
              resizable
              className={BOX_STYLES[key]}
              onChange={(b) => setState({ [key]: boxTuple(b) })}
            />
          ))}
        </svg>
        <div className="flex flex-col gap-4">
          <MetricReadout
            metric="box_iou"
            value={iou.value}
            error={iou.error}
            pending={iou.pending}
            label={t.readout}
            format="fraction"
            digits={3}
            undefinedReason={t.undefinedReason}
          />
          <div className="max-sm:text-[0.78rem]">
            <LiveFormula
              tex="\mathrm{IoU} = \frac{|A \cap B|}{|A \cup B|} = \frac{\var{inter}\,\mathrm{px}^2}{\var{union}\,\mathrm{px}^2} = \var{iou}"
              spoken={t.spoken}
              values={{
                inter: { value: areas.intersection, format: 'count' },
                union: { value: areas.union, format: 'count' },
                iou: { value: iou.value, format: 'fraction', digits: 3 },
              }}
            />
          </div>
          <ThresholdScale iou={iou.value} />
          <p className="m-0 flex gap-4 text-sm">
            <span>
              <span aria-hidden="true" className="mr-1 inline-block h-3 w-4 bg-emerald-500/55 align-middle" />
              {t.legendIntersection}
            </span>
            <span>
              <span aria-hidden="true" className="mr-1 inline-block h-3 w-4 bg-amber-200/70 align-middle" />
              {t.legendUnion}
            </span>
          </p>
        </div>
      </div>
    </Figure>
  );
}
