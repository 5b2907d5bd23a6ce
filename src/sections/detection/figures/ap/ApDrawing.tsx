/**
 * The street drawing of the AP figure with the ground truth (dashed) and the
 * twelve predictions, each draggable and movable by keyboard. Predictions
 * that are false positives at the current threshold are drawn dotted; those
 * of the class not shown in the table are faded. Each prediction carries a
 * tag, its class letter and number ("C1", "P2"), so the classes differ by
 * more than their colours (Okabe-Ito blue and vermillion). On phones the
 * drawing spans the figure's padding too, so its small boxes grow a little.
 */
import { useRef } from 'react';
import type { BoxXywh } from '../../../../lib/geometry';
import { labelUnits } from '../../../../widgets/svgScale';
import { usePresentLabelPx } from '../../../../widgets/present/usePresenting';
import { useDrawnWidth } from '../../../../widgets/charts/useDrawnWidth';
import { DraggableBox } from '../../../../widgets/boxes/DraggableBox';
import { detectionText } from '../../../../i18n/detection';
import { BOX_STYLES } from '../shared/boxStyles';
import { StreetDrawing } from '../shared/StreetDrawing';
import { STREET_OBJECTS, STREET_SIZE, type StreetClass } from '../../../../scenes/detection/streetScene';
import { AP_PREDICTIONS } from './apScene';
import { TAG_FONT, tagPlaces } from './tagPlaces';
import { BoxRect } from '../../../../widgets/boxes/BoxRect';

const t = detectionText.ap;

/** Props: current boxes and scores, the shown class, which predictions are TP, and a box setter. */
export interface ApDrawingProps {
  boxes: readonly BoxXywh[];
  scores: readonly number[];
  cls: StreetClass;
  /** tp[i] for prediction i + 1, undefined before the first result. */
  tp: readonly (boolean | undefined)[];
  onBox: (i: number, box: BoxXywh) => void;
}

/** The drawing with its boxes. */
export function ApDrawing({ boxes, scores, cls, tp, onBox }: ApDrawingProps) {
  const ref = useRef<SVGSVGElement>(null);
  const drawn = useDrawnWidth(ref);
  // on a slide the tags take the slide's type size (never smaller than on the page)
  const floor = usePresentLabelPx();
  const slideFont =
    floor > 0 ? Math.max(TAG_FONT, labelUnits(drawn, STREET_SIZE.width, TAG_FONT, 1, floor)) : 0;
  const tags = tagPlaces(
    AP_PREDICTIONS.map((p, i) => boxes[i] ?? p.box),
    STREET_SIZE.height,
    slideFont || TAG_FONT,
  );
  return (
    <svg
      ref={ref}
      viewBox={`0 0 ${STREET_SIZE.width} ${STREET_SIZE.height}`}
      className="h-auto w-full touch-none select-none rounded-md max-sm:-mx-4 max-sm:w-[calc(100%+2rem)] max-sm:max-w-none max-sm:rounded-none"
      role="group"
      aria-label={t.drawing}
    >
      <StreetDrawing />
      {STREET_OBJECTS.map((o) => (
        <g key={o.id} aria-hidden="true">
          <BoxRect box={o.box} className={BOX_STYLES.gtHalo} />
          <BoxRect box={o.box} className={BOX_STYLES.gt} />
        </g>
      ))}
      {AP_PREDICTIONS.map((p, i) => {
        const box = boxes[i] ?? p.box;
        const faded = p.cls !== cls ? 'opacity-45' : '';
        const dotted = tp[i] === false ? BOX_STYLES.fp : '';
        return (
          <g key={i} className={faded}>
            <DraggableBox
              box={box}
              bounds={STREET_SIZE}
              label={t.boxLabel(i + 1, detectionText.classes[p.cls] ?? p.cls, scores[i] ?? p.score)}
              className={`${BOX_STYLES[p.cls]} ${dotted}`}
              onChange={(b) => onBox(i, b)}
            />
          </g>
        );
      })}
      {/* the tags over every box, so that no box hides another's tag */}
      {AP_PREDICTIONS.map((p, i) => (
        <text
          key={i}
          x={tags[i]?.x}
          y={tags[i]?.y}
          fontSize={slideFont || TAG_FONT}
          fontWeight={700}
          className={`pointer-events-none fill-white stroke-black/80 [paint-order:stroke] [stroke-width:4px] ${slideFont ? '' : 'text-[14px] max-sm:text-[22px]'} ${p.cls !== cls ? 'opacity-60' : ''}`}
          aria-hidden="true"
          data-tag={t.boxTag(i + 1, p.cls)}
        >
          {t.boxTag(i + 1, p.cls)}
        </text>
      ))}
    </svg>
  );
}
