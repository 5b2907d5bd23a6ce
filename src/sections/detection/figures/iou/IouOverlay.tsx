/**
 * What the IoU playground draws over the photo besides the draggable boxes:
 * the union and the intersection as hatch patterns with outlines (visible on
 * any photo, not by colour alone), halos that keep both box outlines visible,
 * and name chips on solid backgrounds that say which box is which.
 */
import { useId } from 'react';
import type { BoxXywh, Size } from '../../../../lib/geometry';
import { intersectBoxes } from '../../../../lib/geometry';
import { detectionText } from '../../../../i18n/detection';
import { chipPlace } from './chipPlace';

const t = detectionText.iou;

/** Okabe-Ito blue: the predicted box and its chip. */
export const PRED_COLOUR = '#0072B2';

/** Font size of the chips in image pixels (the photo is 512 px wide; >= 16 CSS px at 1920x1080). */
const CHIP_FONT = 18;
const CHIP_H = 26;

/** A rough width of a chip's text in image pixels (sans-serif, about 0.56 em a character). */
function chipWidth(text: string): number {
  return Math.ceil(text.length * CHIP_FONT * 0.56) + 14;
}

/** Ids of the two hatch patterns; `useId` output made safe for `url(#...)`. */
export function useHatchIds(): { union: string; inter: string } {
  const base = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return { union: `iou-union-${base}`, inter: `iou-inter-${base}` };
}

/** The two hatch patterns: union sparse diagonal lines, intersection a dense cross-hatch; dark and light strokes. */
export function HatchDefs({ ids }: { ids: { union: string; inter: string } }) {
  return (
    <defs>
      <pattern
        id={ids.union}
        patternUnits="userSpaceOnUse"
        width={12}
        height={12}
        patternTransform="rotate(45)"
      >
        <line x1={0} y1={0} x2={0} y2={12} stroke="rgb(0 0 0 / 0.65)" strokeWidth={4} />
        <line x1={0} y1={0} x2={0} y2={12} stroke="rgb(255 255 255 / 0.95)" strokeWidth={1.6} />
      </pattern>
      <pattern
        id={ids.inter}
        patternUnits="userSpaceOnUse"
        width={8}
        height={8}
        patternTransform="rotate(45)"
      >
        <rect width={8} height={8} fill="rgb(0 158 115 / 0.35)" />
        <path d="M0 0V8M0 0H8" stroke="rgb(0 0 0 / 0.7)" strokeWidth={3} />
        <path d="M0 0V8M0 0H8" stroke="#fff" strokeWidth={1.2} />
      </pattern>
    </defs>
  );
}

const rectPath = (b: BoxXywh) => `M${b[0]} ${b[1]}h${b[2]}v${b[3]}h${-b[2]}Z`;

/** The union (both boxes, hatched) and the intersection (cross-hatched, outlined), under the boxes. */
export function OverlapShading({
  gt,
  pred,
  ids,
}: {
  gt: BoxXywh;
  pred: BoxXywh;
  ids: { union: string; inter: string };
}) {
  const inter = intersectBoxes(gt, pred);
  return (
    <g aria-hidden="true" className="pointer-events-none">
      <path d={`${rectPath(gt)}${rectPath(pred)}`} fill={`url(#${ids.union})`} data-shade="union" />
      {inter && (
        <g data-shade="intersection">
          <path d={rectPath(inter)} fill={`url(#${ids.inter})`} />
          <path
            d={rectPath(inter)}
            fill="none"
            stroke="#000"
            strokeWidth={5}
            vectorEffect="non-scaling-stroke"
          />
          <path
            d={rectPath(inter)}
            fill="none"
            stroke="#fff"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
          />
        </g>
      )}
      {/* halos under the box outlines, so that both edges show on the orange suit */}
      <path
        d={rectPath(gt)}
        fill="none"
        stroke="rgb(0 0 0 / 0.75)"
        strokeWidth={6}
        vectorEffect="non-scaling-stroke"
      />
      <path d={rectPath(pred)} fill="none" stroke="#fff" strokeWidth={7} vectorEffect="non-scaling-stroke" />
    </g>
  );
}

/** One name chip: solid background, a border and the text. */
function Chip({
  box,
  text,
  side,
  size,
  fill,
  ink,
  name,
}: {
  box: BoxXywh;
  text: string;
  side: 'above' | 'below';
  size: Size;
  fill: string;
  ink: string;
  name: string;
}) {
  const w = chipWidth(text);
  const { x, y } = chipPlace(box, w, CHIP_H, side, size);
  return (
    <g data-chip={name}>
      <rect x={x} y={y} width={w} height={CHIP_H} rx={5} fill={fill} stroke="#000" strokeWidth={1.5} />
      <text
        x={x + 7}
        y={y + CHIP_H / 2}
        dominantBaseline="central"
        fontSize={CHIP_FONT}
        fontWeight={600}
        fill={ink}
      >
        {text}
      </text>
    </g>
  );
}

/** The chips "ground truth" (above its box) and "prediction" (below its box), over everything else. */
export function BoxChips({ gt, pred, size }: { gt: BoxXywh; pred: BoxXywh; size: Size }) {
  return (
    <g aria-hidden="true" className="pointer-events-none select-none">
      <Chip box={gt} text={t.gtChip} side="above" size={size} fill="#fff" ink="#000" name="gt" />
      <Chip box={pred} text={t.predChip} side="below" size={size} fill={PRED_COLOUR} ink="#fff" name="pred" />
    </g>
  );
}

/** A legend swatch filled with one of the hatch patterns and outlined. */
export function HatchSwatch({ pattern, outline }: { pattern: string; outline: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 16" className="mr-1 inline-block h-4 w-6 align-middle">
      <rect x={1} y={1} width={22} height={14} fill="#f5a14a" />
      <rect x={1} y={1} width={22} height={14} fill={`url(#${pattern})`} />
      <rect
        x={1}
        y={1}
        width={22}
        height={14}
        fill="none"
        stroke={outline ? '#fff' : '#000'}
        strokeWidth={outline ? 1.5 : 1}
      />
    </svg>
  );
}
