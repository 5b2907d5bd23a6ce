/**
 * Test helper: a deliberately plain COCO evaluation that follows the structure
 * of pycocotools `COCOeval` step by step (one object per evalImg, a sort per
 * (category, area, maxDets), ignored detections kept in the cumulative sums,
 * `searchsorted` by linear scan). The optimized package code must agree with
 * it on random inputs. Only the pairwise IoU / OKS functions are shared.
 */
import { crowdBoxIou } from './crowdBoxIou';
import { keypointOks, oksVariances } from './keypointOks';
import { cocoParams, type CocoIouType } from './params';

interface Ann {
  id: number;
  image_id: number;
  category_id: number;
  bbox: number[];
  area: number;
  iscrowd?: number;
  num_keypoints?: number;
  keypoints?: number[];
  ignore?: boolean;
}

interface Det {
  id: number;
  image_id: number;
  category_id: number;
  bbox?: number[];
  keypoints?: number[];
  score: number;
  area: number;
}

interface EvalImg {
  dtMatches: number[][];
  dtScores: number[];
  gtIgnore: number[];
  dtIgnore: boolean[][];
}

export interface NaiveResult {
  precision: number[];
  recall: number[];
  stats: number[];
}

const EPS = 2.220446049250313e-16;

function stableArgsortDesc(scores: number[]): number[] {
  return scores
    .map((_, i) => i)
    .sort((a, b) => (scores[a]! > scores[b]! ? -1 : scores[a]! < scores[b]! ? 1 : a - b));
}

export function naiveCocoEval(
  iouType: CocoIouType,
  gtJson: { images: { id: number }[]; annotations: Ann[]; categories: { id: number }[] },
  dtJson: Omit<Det, 'id' | 'area'>[],
): NaiveResult {
  const p = cocoParams(iouType);
  const imgIds = [...new Set(gtJson.images.map((i) => i.id))].sort((a, b) => a - b);
  const catIds = [...new Set(gtJson.categories.map((c) => c.id))].sort((a, b) => a - b);
  const vars = oksVariances(p.sigmas);
  const K17 = p.sigmas.length;
  const dts: Det[] = dtJson.map((d, i) => {
    let area: number;
    if (iouType === 'bbox') area = d.bbox![2]! * d.bbox![3]!;
    else {
      const xs = d.keypoints!.filter((_, j) => j % 3 === 0);
      const ys = d.keypoints!.filter((_, j) => j % 3 === 1);
      area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    }
    return { ...d, id: i + 1, area };
  });
  const gts = gtJson.annotations.map((g) => {
    let ignore = Boolean(g.iscrowd);
    if (iouType === 'keypoints') ignore = g.num_keypoints === 0 || ignore;
    return { ...g, ignore };
  });
  const key = (i: number, c: number): string => `${i},${c}`;
  const G = new Map<string, Ann[]>();
  const D = new Map<string, Det[]>();
  for (const g of gts)
    G.set(key(g.image_id, g.category_id), [...(G.get(key(g.image_id, g.category_id)) ?? []), g]);
  for (const d of dts)
    D.set(key(d.image_id, d.category_id), [...(D.get(key(d.image_id, d.category_id)) ?? []), d]);
  const maxLast = p.maxDets[p.maxDets.length - 1]!;

  const computeIou = (gl: Ann[], dl: Det[]): number[][] => {
    const sorted = stableArgsortDesc(dl.map((d) => d.score))
      .map((i) => dl[i]!)
      .slice(0, maxLast);
    if (gl.length === 0 || sorted.length === 0) return [];
    const scratch = new Float64Array(K17);
    return sorted.map((d) =>
      gl.map((g) =>
        iouType === 'bbox'
          ? crowdBoxIou(d.bbox!, 0, g.bbox, 0, Boolean(g.iscrowd))
          : keypointOks(d.keypoints!, 0, g.keypoints!, 0, g.bbox, 0, g.area, vars, scratch),
      ),
    );
  };

  const evaluateImg = (img: number, cat: number, aRng: readonly [number, number]): EvalImg | null => {
    const gl0 = G.get(key(img, cat)) ?? [];
    const dl0 = D.get(key(img, cat)) ?? [];
    if (gl0.length === 0 && dl0.length === 0) return null;
    const allIous = computeIou(gl0, dl0);
    const ig = gl0.map((g) => (g.ignore || g.area < aRng[0] || g.area > aRng[1] ? 1 : 0));
    const gtind = ig.map((_, i) => i).sort((a, b) => ig[a]! - ig[b]! || a - b);
    const gl = gtind.map((i) => gl0[i]!);
    const gtIg = gtind.map((i) => ig[i]!);
    const dl = stableArgsortDesc(dl0.map((d) => d.score))
      .slice(0, maxLast)
      .map((i) => dl0[i]!);
    const ious = allIous.length > 0 ? allIous.map((row) => gtind.map((i) => row[i]!)) : [];
    const T = p.iouThrs.length;
    const gtm = Array.from({ length: T }, () => gl.map(() => 0));
    const dtm = Array.from({ length: T }, () => dl.map(() => 0));
    const dtIg = Array.from({ length: T }, () => dl.map(() => false));
    if (ious.length > 0) {
      for (let t = 0; t < T; t++) {
        dl.forEach((d, di) => {
          let iou = Math.min(p.iouThrs[t]!, 1 - 1e-10);
          let m = -1;
          for (let gi = 0; gi < gl.length; gi++) {
            if (gtm[t]![gi]! > 0 && !gl[gi]!.iscrowd) continue;
            if (m > -1 && gtIg[m] === 0 && gtIg[gi] === 1) break;
            if (ious[di]![gi]! < iou) continue;
            iou = ious[di]![gi]!;
            m = gi;
          }
          if (m === -1) return;
          dtIg[t]![di] = gtIg[m] === 1;
          dtm[t]![di] = gl[m]!.id;
          gtm[t]![m] = d.id;
        });
      }
    }
    for (let t = 0; t < T; t++) {
      dl.forEach((d, di) => {
        const outside = d.area < aRng[0] || d.area > aRng[1];
        dtIg[t]![di] = dtIg[t]![di]! || (dtm[t]![di] === 0 && outside);
      });
    }
    return { dtMatches: dtm, dtScores: dl.map((d) => d.score), gtIgnore: gtIg, dtIgnore: dtIg };
  };

  const [T, R, K, A, M] = [
    p.iouThrs.length,
    p.recThrs.length,
    catIds.length,
    p.areaRng.length,
    p.maxDets.length,
  ];
  const precision = new Array<number>(T * R * K * A * M).fill(-1);
  const recall = new Array<number>(T * K * A * M).fill(-1);
  catIds.forEach((cat, k) => {
    p.areaRng.forEach((aRng, a) => {
      const E = imgIds.map((img) => evaluateImg(img, cat, aRng)).filter((e): e is EvalImg => e !== null);
      p.maxDets.forEach((maxDet, m) => {
        if (E.length === 0) return;
        const scores = E.flatMap((e) => e.dtScores.slice(0, maxDet));
        const inds = stableArgsortDesc(scores);
        const npig = E.flatMap((e) => e.gtIgnore).filter((g) => g === 0).length;
        if (npig === 0) return;
        for (let t = 0; t < T; t++) {
          const dtm = E.flatMap((e) => e.dtMatches[t]!.slice(0, maxDet));
          const dig = E.flatMap((e) => e.dtIgnore[t]!.slice(0, maxDet));
          let tp = 0;
          let fp = 0;
          const rc: number[] = [];
          const pr: number[] = [];
          for (const i of inds) {
            if (dtm[i] !== 0 && !dig[i]) tp++;
            if (dtm[i] === 0 && !dig[i]) fp++;
            rc.push(tp / npig);
            pr.push(tp / (fp + tp + EPS));
          }
          recall[((t * K + k) * A + a) * M + m] = rc.length > 0 ? rc[rc.length - 1]! : 0;
          for (let i = pr.length - 1; i > 0; i--) if (pr[i]! > pr[i - 1]!) pr[i - 1] = pr[i]!;
          for (let r = 0; r < R; r++) precision[(((t * R + r) * K + k) * A + a) * M + m] = 0;
          for (let r = 0; r < R; r++) {
            let pi = 0;
            while (pi < rc.length && rc[pi]! < p.recThrs[r]!) pi++;
            if (pi >= rc.length) break;
            precision[(((t * R + r) * K + k) * A + a) * M + m] = pr[pi]!;
          }
        }
      });
    });
  });

  const summarize = (ap: boolean, iouThr: number | undefined, area: string, maxDets: number): number => {
    const a = p.areaRngLbl.indexOf(area);
    const m = p.maxDets.indexOf(maxDets);
    const vals: number[] = [];
    for (let t = 0; t < T; t++) {
      if (iouThr !== undefined && p.iouThrs[t] !== iouThr) continue;
      if (ap) {
        for (let r = 0; r < R; r++)
          for (let k = 0; k < K; k++) vals.push(precision[(((t * R + r) * K + k) * A + a) * M + m]!);
      } else for (let k = 0; k < K; k++) vals.push(recall[((t * K + k) * A + a) * M + m]!);
    }
    const ok = vals.filter((v) => v > -1);
    return ok.length === 0 ? -1 : ok.reduce((s, v) => s + v, 0) / ok.length;
  };
  const stats =
    iouType === 'bbox'
      ? [
          summarize(true, undefined, 'all', 100),
          summarize(true, 0.5, 'all', 100),
          summarize(true, 0.75, 'all', 100),
          summarize(true, undefined, 'small', 100),
          summarize(true, undefined, 'medium', 100),
          summarize(true, undefined, 'large', 100),
          summarize(false, undefined, 'all', 1),
          summarize(false, undefined, 'all', 10),
          summarize(false, undefined, 'all', 100),
          summarize(false, undefined, 'small', 100),
          summarize(false, undefined, 'medium', 100),
          summarize(false, undefined, 'large', 100),
        ]
      : [
          summarize(true, undefined, 'all', 20),
          summarize(true, 0.5, 'all', 20),
          summarize(true, 0.75, 'all', 20),
          summarize(true, undefined, 'medium', 20),
          summarize(true, undefined, 'large', 20),
          summarize(false, undefined, 'all', 20),
          summarize(false, 0.5, 'all', 20),
          summarize(false, 0.75, 'all', 20),
          summarize(false, undefined, 'medium', 20),
          summarize(false, undefined, 'large', 20),
        ];
  return { precision, recall, stats };
}
