/**
 * Figure `detection.iou`: the IoU playground. A ground-truth box on the
 * astronaut's mission patch and a predicted box, both draggable, movable by
 * keyboard and resizable by their corners, each named by a chip in the
 * picture; the union and the intersection are hatched and outlined, the IoU comes from the worker (`box_iou`) and fills a live formula,
 * and the verdict at 0.50 and 0.75 says whether the prediction counts.
 */
import { useMemo, useRef } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { DraggableBox } from '../../../../widgets/boxes/DraggableBox';
import { boxTuple, overlapAreas } from '../../../../lib/geometry';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { ASTRONAUT, iouWidget } from '../../state';
import { displaySrc, photoInfo } from '../../../../assets/photoCatalog';
import { ThresholdScale } from './ThresholdScale';
import { useFitSquare } from './useFitSquare';
import { BoxChips, HatchDefs, HatchSwatch, OverlapShading, useHatchIds } from './IouOverlay';

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
  const ids = useHatchIds();
  const svgRef = useRef<SVGSVGElement>(null);
  const side = useFitSquare(svgRef);
  const bounds = { width: ASTRONAUT.width, height: ASTRONAUT.height };
  return (
    <Figure widget={iouWidget} caption={t.caption} onReset={reset} headingLevel={2}>
      <div className="grid grid-cols-1 items-start gap-4 md:grid-cols-[auto_minmax(15rem,1fr)] md:gap-6">
        <svg
          viewBox={`0 0 ${ASTRONAUT.width} ${ASTRONAUT.height}`}
          ref={svgRef}
          className="mx-auto block aspect-square h-auto w-full touch-none select-none md:min-w-64"
          style={side === null ? undefined : { width: side, maxWidth: 'calc(100vw - 26rem)' }}
          role="group"
          aria-label={t.photoAlt}
        >
          <HatchDefs ids={ids} />
          <image href={photo} width={ASTRONAUT.width} height={ASTRONAUT.height} />
          <OverlapShading gt={state.gt} pred={state.pred} ids={ids} />
          {(['gt', 'pred'] as const).map((key) => (
            <DraggableBox
              key={key}
              box={state[key]}
              bounds={bounds}
              label={key === 'gt' ? t.gtLabel : t.predLabel}
              resizable
              className={key === 'gt' ? BOX_STYLES.gt : BOX_STYLES.iouPred}
              onChange={(b) => setState({ [key]: boxTuple(b) })}
            />
          ))}
          <BoxChips gt={state.gt} pred={state.pred} size={bounds} />
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
          <p className="m-0 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <span>
              <HatchSwatch pattern={ids.inter} outline />
              {t.legendIntersection}
            </span>
            <span>
              <HatchSwatch pattern={ids.union} outline={false} />
              {t.legendUnion}
            </span>
          </p>
        </div>
      </div>
    </Figure>
  );
}
