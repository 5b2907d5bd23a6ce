/**
 * The Lab's depth job: reads a ground-truth and a predicted depth map,
 * refuses maps of different sizes (naming both), computes every depth metric
 * with the metrics package (monodepth2's protocol: caps, validity mask with
 * the optional Garg/Eigen crop, optional median scaling) and colours the
 * per-pixel relative error map.
 */
import type { LabFile, LabJobContext } from '../jobs/types';
import { LabInputError } from '../jobs/types';
import { depthMetrics, type DepthResult } from '../../metrics/depth/depthMetrics';
import { MetricInputError } from '../../metrics/validate';
import { colourMap, ERROR_LUT } from '../imagePair/mapPicture';
import { SIZE_MISMATCH } from '../imagePair/decodeImage';
import { readDepthMap, type DepthMap } from './readDepthMap';
import { gargCropBox, type DepthSettings } from './settings';

/** Input of the depth job. */
export interface DepthJobInput {
  groundTruth: LabFile;
  prediction: LabFile;
  settings: DepthSettings;
}

/** What the panel says about one depth map. */
export interface DepthMapInfo {
  name: string;
  width: number;
  height: number;
  kind: string;
  /** Smallest and largest finite depth > 0 in metres (null when there is none). */
  min: number | null;
  max: number | null;
  /** Pixels that are 0, negative or not finite (no measurement). */
  empty: number;
}

/** Result of the depth job. */
export interface DepthJobResult {
  metrics: DepthResult;
  groundTruth: DepthMapInfo;
  prediction: DepthMapInfo;
  /** Pixels in the map. */
  pixels: number;
  /** |gt - pred| / gt per valid pixel (after scaling and clamping), coloured as RGBA; invalid pixels hatched. */
  errorRgba: Uint8ClampedArray;
  width: number;
  height: number;
  /** The error at the top of the colour scale (larger errors are drawn as this one). */
  errorHi: number;
  settings: DepthSettings;
}

function describe(m: DepthMap): string {
  return `${m.width} × ${m.height}`;
}

function mapInfo(name: string, m: DepthMap): DepthMapInfo {
  let min = Infinity;
  let max = -Infinity;
  let empty = 0;
  for (let i = 0; i < m.data.length; i++) {
    const v = m.data[i]!;
    if (!(v > 0) || !Number.isFinite(v)) {
      empty++;
      continue;
    }
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const any = max >= min;
  return {
    name,
    width: m.width,
    height: m.height,
    kind: m.kind,
    min: any ? min : null,
    max: any ? max : null,
    empty,
  };
}

/**
 * Runs the depth job. Throws LabInputError naming the file for unreadable
 * maps, maps of different sizes (the message gives both) and a prediction
 * that is not a finite number where the ground truth is valid; settings the
 * metrics refuse (max depth not above min depth) are reported too. A pair
 * with no valid pixel is not an error: every metric is null (undefined).
 */
export function runDepthJob(input: DepthJobInput, ctx: LabJobContext): DepthJobResult {
  const { groundTruth, prediction, settings } = input;
  ctx.progress(0, `Reading ${groundTruth.name}`);
  const gt = readDepthMap(groundTruth.bytes, groundTruth.name, settings.scale);
  ctx.progress(0.2, `Reading ${prediction.name}`);
  const pred = readDepthMap(prediction.bytes, prediction.name, settings.scale);
  if (gt.width !== pred.width || gt.height !== pred.height) {
    throw new LabInputError(
      prediction.name,
      '',
      `its size ${describe(pred)} differs from the ground truth ${groundTruth.name} (${describe(gt)}); both maps ${SIZE_MISMATCH}`,
    );
  }
  const { minDepth, maxDepth } = settings;
  const n = gt.data.length;
  const valid = new Uint8Array(n);
  // Non-finite ground truth is "no measurement"; a prediction must be finite where the ground truth counts.
  const g = new Float64Array(n);
  const p = new Float64Array(n);
  const [top, bottom, left, right] = settings.gargCrop
    ? gargCropBox(gt.width, gt.height)
    : [0, gt.height, 0, gt.width];
  for (let i = 0; i < n; i++) {
    const x = i % gt.width;
    const y = (i - x) / gt.width;
    const inCrop = y >= top && y < bottom && x >= left && x < right;
    const gv = gt.data[i]!;
    const ok = inCrop && gv > minDepth && gv < maxDepth;
    // outside the crop the ground truth counts as missing (0), so the metrics package leaves it out
    g[i] = inCrop && Number.isFinite(gv) ? gv : 0;
    valid[i] = ok ? 1 : 0;
    const pv = pred.data[i]!;
    if (!Number.isFinite(pv)) {
      if (ok) {
        throw new LabInputError(
          prediction.name,
          `pixel (${x}, ${y})`,
          `depth is ${pv} where the ground truth is valid`,
        );
      }
      p[i] = minDepth;
    } else p[i] = pv;
  }
  ctx.progress(0.4, 'Computing the depth metrics');
  let metrics: DepthResult;
  try {
    metrics = depthMetrics(p, g, { minDepth, maxDepth, medianScaling: settings.medianScaling });
  } catch (e) {
    if (e instanceof MetricInputError) {
      if (e.argument === 'pred') throw new LabInputError(prediction.name, '', e.message);
      throw new LabInputError('Depth settings', '', e.message);
    }
    throw e;
  }
  ctx.progress(0.8, 'Drawing the error map');
  const err = new Float64Array(n);
  const scale = metrics.scale ?? 1;
  let errMax = 0;
  for (let i = 0; i < n; i++) {
    if (!valid[i]) continue;
    const q = Math.min(maxDepth, Math.max(minDepth, p[i]! * scale));
    const e = Math.abs(g[i]! - q) / g[i]!;
    err[i] = e;
    if (e > errMax) errMax = e;
  }
  const errorHi = errMax > 0 ? Math.min(1, errMax) : 1;
  return {
    metrics,
    groundTruth: mapInfo(groundTruth.name, gt),
    prediction: mapInfo(prediction.name, pred),
    pixels: n,
    errorRgba: colourMap(err, gt.width, 0, errorHi, ERROR_LUT, valid),
    width: gt.width,
    height: gt.height,
    errorHi,
    settings,
  };
}
