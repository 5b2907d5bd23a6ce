/**
 * Figure `detection.iconic`: one simulated detector (localisation error and
 * miss rate set by the reader) on an iconic photo with one large cup and on
 * a crowded drawn car park; COCO AP of each from the worker's `coco_eval`
 * (readouts coco_eval.ap / coco_eval.ap50, data-subject iconic / crowded).
 */
import { useMemo } from 'react';
import type { BoxXywh } from '../../../../lib/geometry';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { ParkingDrawing } from '../shared/ParkingDrawing';
import { CUP_IMAGE } from '../../../../scenes/detection/parkingScene';
import { bboxState, type CocoStats } from '../shared/results';
import type { MetricState } from '../../../../worker/protocol';
import { SCENES, sceneArgs, sceneDetections, type SceneKind } from './iconicArgs';
import { MAX_LOC_ERROR, iconicWidget } from '../../state';
import { BoxRect } from '../../../../widgets/boxes/BoxRect';
import { displaySrc, photoInfo } from '../../../../assets/photoCatalog';

const t = detectionText.iconic;
// The coffee photo's WebP display copy (no metric reads its pixels here); the PNG only as a fallback.
const coffee = photoInfo('coffee');
const photo = `${import.meta.env.BASE_URL}${coffee ? displaySrc(coffee) : CUP_IMAGE.src}`;

function Boxes({ gt, dets, thin }: { gt: readonly BoxXywh[]; dets: readonly BoxXywh[]; thin?: boolean }) {
  return (
    <>
      {gt.map((b, i) => (
        <BoxRect key={`g${i}`} box={b} className={thin ? BOX_STYLES.gtThin : BOX_STYLES.gt} />
      ))}
      {dets.map((b, i) => (
        <BoxRect key={`d${i}`} box={b} className={thin ? BOX_STYLES.predThin : BOX_STYLES.pred} />
      ))}
    </>
  );
}

/** The iconic-or-crowded figure. */
export function IconicFigure() {
  const [state, setState, reset] = useWidgetState(iconicWidget);
  const { locError, missRate } = state;
  const iconicArgs = useMemo(() => sceneArgs('iconic', locError, missRate), [locError, missRate]);
  const crowdedArgs = useMemo(() => sceneArgs('crowded', locError, missRate), [locError, missRate]);
  const results: Record<SceneKind, MetricState<CocoStats>> = {
    iconic: bboxState(useMetric('coco_eval', iconicArgs)),
    crowded: bboxState(useMetric('coco_eval', crowdedArgs)),
  };
  const dets = (kind: SceneKind) => sceneDetections(kind, locError, missRate).map((d) => d.box);
  const readouts = (kind: SceneKind) => (
    <div className="flex flex-wrap gap-4">
      {(['ap', 'ap50'] as const).map((s) => (
        <MetricReadout
          key={s}
          metric={`coco_eval.${s}`}
          subject={kind}
          value={results[kind].value ? results[kind].value[s] : undefined}
          pending={results[kind].pending}
          error={results[kind].error}
          label={t[s]}
          format="fraction"
        />
      ))}
    </div>
  );
  return (
    <Figure widget={iconicWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Slider
          label={t.locError}
          min={0}
          max={MAX_LOC_ERROR}
          step={1}
          value={locError}
          onChange={(v) => setState({ locError: Math.round(v) })}
        />
        <Slider
          label={t.missRate}
          min={0}
          max={1}
          step={0.05}
          digits={2}
          value={missRate}
          onChange={(v) => setState({ missRate: Math.round(v * 20) / 20 })}
        />
      </div>
      <div className="mt-4 grid grid-cols-1 items-start gap-6 md:grid-cols-2">
        <div className="flex flex-col gap-2">
          <h4 className="m-0 text-base font-semibold">{t.iconic}</h4>
          <svg
            viewBox={`0 0 ${CUP_IMAGE.width} ${CUP_IMAGE.height}`}
            className="h-auto w-full rounded-md"
            role="img"
            aria-label={t.cupAlt}
          >
            <image href={photo} width={CUP_IMAGE.width} height={CUP_IMAGE.height} />
            <Boxes gt={SCENES.iconic.boxes} dets={dets('iconic')} />
          </svg>
          {readouts('iconic')}
        </div>
        <div className="flex flex-col gap-2">
          <h4 className="m-0 text-base font-semibold">{t.crowded}</h4>
          <svg
            viewBox={`0 0 ${SCENES.crowded.width} ${SCENES.crowded.height}`}
            className="h-auto w-full rounded-md"
            role="img"
            aria-label={t.parkingDrawing}
          >
            <ParkingDrawing />
            <Boxes gt={SCENES.crowded.boxes} dets={dets('crowded')} thin />
          </svg>
          {readouts('crowded')}
        </div>
      </div>
    </Figure>
  );
}
