/**
 * Room for a LinePlot's labels on a slide: there they are drawn at the
 * slide's type size (27 px at 1920x1080), far larger in viewBox units than
 * on the page, so the pads grow with the label size and the plot grows taller
 * by as much, keeping its plotting area. On the page the box is unchanged.
 */
import type { Pad } from '../../../../widgets/charts/plotGeometry';

/** Rough width of a label of `chars` characters at `font` units (Inter: about 0.56 em a character). */
export function textUnits(chars: number, font: number): number {
  return chars * 0.56 * font;
}

/** A plot's height and pads. */
export interface PlotBox {
  height: number;
  pad: Pad;
}

/** What the labels need beside the plotting area. */
export interface LabelRoom {
  /** Characters of the widest y tick label ("0.75": 4). */
  yTickChars: number;
  /** Room right of the plotting area (half the last x tick, or a series' name), in font sizes. */
  right: number;
}

/**
 * The box of a plot whose labels are `font` units tall: on the page
 * (`presenting` false) the given one; on a slide, pads that hold the rotated
 * y title and the y ticks (left), the x ticks and x title (bottom), half a
 * tick (top) and `room.right`, the height grown by the pads' growth.
 */
export function presentPlotBox(
  height: number,
  pad: Pad,
  font: number,
  presenting: boolean,
  room: LabelRoom,
): PlotBox {
  if (!presenting) return { height, pad };
  const next: Pad = {
    left: Math.max(pad.left, Math.round(1.4 * font + 10 + textUnits(room.yTickChars, font))),
    right: Math.max(pad.right, Math.round(room.right * font + 6)),
    top: Math.max(pad.top, Math.round(0.7 * font)),
    bottom: Math.max(pad.bottom, Math.round(2.35 * font + 12)),
  };
  return { height: Math.round(height + next.top - pad.top + next.bottom - pad.bottom), pad: next };
}
