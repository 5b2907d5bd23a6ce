/**
 * The COCO panel's exports as rows and plain values: the summary (one row
 * per stat), the per-category table (one row per category) and the
 * per-image results (one row per image). Numbers are unrounded; a stat
 * pycocotools prints as -1 (no ground truth in that range) is empty in CSV
 * and null in JSON.
 */
import type { CocoJobResult } from './types';

type Cell = string | number | null;

/** Summary rows: `stat, value` (the DESIGN.md stat names). */
export function summaryRows(r: CocoJobResult): Record<string, Cell>[] {
  return r.statNames.map((name, i) => ({ iou_type: r.iouType, stat: name, value: r.stats[i] ?? null }));
}

/** One row per category: id, name, AP, AP50, AP75, AR at maxDets, annotation and detection counts. */
export function categoryRows(r: CocoJobResult): Record<string, Cell>[] {
  return r.categories.map((c) => ({
    category_id: c.id,
    name: c.name,
    ap: c.ap,
    ap50: c.ap50,
    ap75: c.ap75,
    [`ar${r.maxDets}`]: c.ar,
    annotations: c.annotations,
    detections: c.detections,
  }));
}

/** One row per image: counts, true and false positives at IoU .50 and .75 (area all, largest maxDets). */
export function imageRows(r: CocoJobResult): Record<string, Cell>[] {
  const p = r.perImage;
  const rows: Record<string, Cell>[] = [];
  for (let i = 0; i < p.ids.length; i++) {
    const counted = (p.annotations[i] as number) - (p.ignored[i] as number);
    rows.push({
      image_id: p.ids[i] as number,
      annotations: p.annotations[i] as number,
      ignored_annotations: p.ignored[i] as number,
      detections: p.detections[i] as number,
      tp50: p.tp50[i] as number,
      fp50: p.fp50[i] as number,
      fn50: counted - (p.tp50[i] as number),
      tp75: p.tp75[i] as number,
      fp75: p.fp75[i] as number,
      fn75: counted - (p.tp75[i] as number),
    });
  }
  return rows;
}

/** The summary as a JSON value: files, counts and the named stats. */
export function summaryJson(r: CocoJobResult): Record<string, unknown> {
  return {
    iou_type: r.iouType,
    files: r.files,
    counts: r.counts,
    stats: Object.fromEntries(r.statNames.map((name, i) => [name, r.stats[i] ?? null])),
    sizes: r.sizes,
    pitfalls: r.pitfalls,
  };
}
