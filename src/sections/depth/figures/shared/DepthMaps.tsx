/**
 * The three maps of the depth-map figure in two columns: ground truth and
 * prediction (same colours, same metres), then the error map (absolute or
 * relative) with both legends beside it.
 */
import { interpolateMagma, interpolateViridis } from 'd3-scale-chromatic';
import { depthText } from '../../../../i18n/depth';
import { lut } from '../../../../lib/colour';
import { DepthCanvas } from './DepthCanvas';
import { ColorLegend } from './ColorLegend';
import type { DepthSceneResult } from '../../results';

const t = depthText.map;

/** Colour tables: viridis for depth (near = bright), magma for errors. */
export const DEPTH_LUT = lut(interpolateViridis);
export const ERROR_LUT = lut(interpolateMagma);
/** Legend ranges: depth 0-40 m; errors 0-5 m or 0-50 %; larger values show the last colour. */
export const DEPTH_MAX = 40;
const ABS_MAX = 5;
const REL_MAX = 0.5;

const fmtDepth = (v: number, last: boolean) => `${last ? '≥ ' : ''}${Math.round(v)} m`;
const fmtAbs = (v: number, last: boolean) => `${last ? '≥ ' : ''}${Math.round(v)} m`;
const fmtRel = (v: number, last: boolean) => `${last ? '≥ ' : ''}${Math.round(100 * v)} %`;

/** Props of DepthMaps. */
export interface DepthMapsProps {
  result: DepthSceneResult | undefined;
  errorMode: 'absolute' | 'relative';
}

/** The maps and legends. */
export function DepthMaps({ result, errorMode }: DepthMapsProps) {
  const maps = result?.maps ?? null;
  const width = result?.width ?? 160;
  const height = result?.height ?? 120;
  const rel = errorMode === 'relative';
  const panel = 'flex min-w-0 flex-col gap-1';
  // two columns: ground truth and prediction, then the error map and both legends beside it
  // (on phones the error map takes the full width and the legends follow it)
  return (
    <div className="grid max-w-xl grid-cols-2 gap-x-3 gap-y-4">
      <div className={panel}>
        <h4 className="m-0 text-base font-semibold">{t.gtHeading}</h4>
        <DepthCanvas
          kind="gt"
          values={maps?.gt ?? null}
          width={width}
          height={height}
          alt={t.gtAlt}
          colors={{ lo: 0, hi: DEPTH_MAX, lut: DEPTH_LUT, reverse: true, mask: maps?.counted }}
        />
      </div>
      <div className={panel}>
        <h4 className="m-0 text-base font-semibold">{t.predHeading}</h4>
        <DepthCanvas
          kind="pred"
          values={maps?.pred ?? null}
          width={width}
          height={height}
          alt={t.predAlt}
          colors={{ lo: 0, hi: DEPTH_MAX, lut: DEPTH_LUT, reverse: true }}
        />
      </div>
      <div className={`${panel} col-span-2 sm:col-span-1`}>
        <h4 className="m-0 text-base font-semibold">
          {t.errorHeading}: {rel ? t.relative : t.absolute}
        </h4>
        <DepthCanvas
          kind={rel ? 'rel-error' : 'abs-error'}
          values={(rel ? maps?.relError : maps?.absError) ?? null}
          width={width}
          height={height}
          alt={rel ? t.relAlt : t.absAlt}
          colors={{ lo: 0, hi: rel ? REL_MAX : ABS_MAX, lut: ERROR_LUT, mask: maps?.counted }}
        />
      </div>
      <div className="col-span-2 flex min-w-0 flex-col justify-end gap-4 sm:col-span-1">
        <ColorLegend
          lut={DEPTH_LUT}
          lo={0}
          hi={DEPTH_MAX}
          reverse
          title={t.legendDepth}
          format={fmtDepth}
          noValue={t.noTruth}
        />
        <ColorLegend
          lut={ERROR_LUT}
          lo={0}
          hi={rel ? REL_MAX : ABS_MAX}
          title={rel ? t.legendRel : t.legendAbs}
          format={rel ? fmtRel : fmtAbs}
          ticks={6}
        />
      </div>
    </div>
  );
}
