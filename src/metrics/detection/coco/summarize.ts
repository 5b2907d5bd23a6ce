/**
 * pycocotools `COCOeval.summarize`: the 12 detection numbers
 * (`_summarizeDets`) or the 10 keypoint numbers (`_summarizeKps`), named.
 */
import type { Maybe } from '../../types';
import type { CocoAccumulated } from './accumulate';
import type { CocoParams } from './params';
import { meanPrecision, meanRecall, type CocoSelection } from './tables';
import { KEYPOINT_STAT_NAMES } from './cocoKeypoints';

export { KEYPOINT_STAT_NAMES };

/** Names of the 12 bbox stats, in pycocotools' order. */
export const BBOX_STAT_NAMES = [
  'ap',
  'ap50',
  'ap75',
  'ap_small',
  'ap_medium',
  'ap_large',
  'ar1',
  'ar10',
  'ar100',
  'ar_small',
  'ar_medium',
  'ar_large',
] as const;

export type BboxStatName = (typeof BBOX_STAT_NAMES)[number];
export type KeypointStatName = (typeof KEYPOINT_STAT_NAMES)[number];
/** The bbox summary: each named stat (null where pycocotools prints -1) and the ordered array. */
export type BboxStats = Record<BboxStatName, Maybe> & { readonly stats: Maybe[] };
/** The keypoint summary: each named stat (null where pycocotools prints -1) and the ordered array. */
export type KeypointStats = Record<KeypointStatName, Maybe> & { readonly stats: Maybe[] };

/** One line of `_summarize`: AP or AR at an optional IoU threshold, area label and maxDets. */
interface Line {
  readonly ap: boolean;
  readonly iouThr?: number;
  readonly area: string;
  readonly maxDets: number;
}

const BBOX_LINES: readonly Line[] = [
  { ap: true, area: 'all', maxDets: 100 },
  { ap: true, iouThr: 0.5, area: 'all', maxDets: 100 },
  { ap: true, iouThr: 0.75, area: 'all', maxDets: 100 },
  { ap: true, area: 'small', maxDets: 100 },
  { ap: true, area: 'medium', maxDets: 100 },
  { ap: true, area: 'large', maxDets: 100 },
  { ap: false, area: 'all', maxDets: 1 },
  { ap: false, area: 'all', maxDets: 10 },
  { ap: false, area: 'all', maxDets: 100 },
  { ap: false, area: 'small', maxDets: 100 },
  { ap: false, area: 'medium', maxDets: 100 },
  { ap: false, area: 'large', maxDets: 100 },
];

const KEYPOINT_LINES: readonly Line[] = [
  { ap: true, area: 'all', maxDets: 20 },
  { ap: true, iouThr: 0.5, area: 'all', maxDets: 20 },
  { ap: true, iouThr: 0.75, area: 'all', maxDets: 20 },
  { ap: true, area: 'medium', maxDets: 20 },
  { ap: true, area: 'large', maxDets: 20 },
  { ap: false, area: 'all', maxDets: 20 },
  { ap: false, iouThr: 0.5, area: 'all', maxDets: 20 },
  { ap: false, iouThr: 0.75, area: 'all', maxDets: 20 },
  { ap: false, area: 'medium', maxDets: 20 },
  { ap: false, area: 'large', maxDets: 20 },
];

function lineValue(acc: CocoAccumulated, params: CocoParams, line: Line): Maybe {
  // pycocotools selects the threshold with np.where(iouThr == p.iouThrs): exact equality.
  const t = line.iouThr === undefined ? undefined : params.iouThrs.indexOf(line.iouThr);
  const a = params.areaRngLbl.indexOf(line.area);
  const m = params.maxDets.indexOf(line.maxDets);
  if (t === -1 || a === -1 || m === -1) return null;
  const sel: CocoSelection = { t, a, m };
  return line.ap ? meanPrecision(acc, sel) : meanRecall(acc, sel);
}

/**
 * The summary numbers of pycocotools 2.0 `summarize` for the default
 * parameters: each is the mean of the precision (AP) or recall (AR) entries
 * > -1 selected by IoU threshold (all, .50 or .75), area range and maxDets;
 * null where pycocotools gives -1 (no gt in that range).
 */
export function summarizeBbox(acc: CocoAccumulated, params: CocoParams): BboxStats {
  const stats = BBOX_LINES.map((line) => lineValue(acc, params, line));
  return named(BBOX_STAT_NAMES, stats) as BboxStats;
}

/** As summarizeBbox, the 10 keypoint numbers of `_summarizeKps` (maxDets 20). */
export function summarizeKeypoints(acc: CocoAccumulated, params: CocoParams): KeypointStats {
  const stats = KEYPOINT_LINES.map((line) => lineValue(acc, params, line));
  return named(KEYPOINT_STAT_NAMES, stats) as KeypointStats;
}

function named(names: readonly string[], stats: Maybe[]): Record<string, Maybe | Maybe[]> {
  const out: Record<string, Maybe | Maybe[]> = {};
  names.forEach((name, i) => {
    out[name] = stats[i] ?? null;
  });
  out.stats = stats;
  return out;
}
