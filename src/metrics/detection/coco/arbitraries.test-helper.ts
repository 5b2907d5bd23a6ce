/**
 * Test helper: fast-check generators of small COCO data sets that stress the
 * corner cases of the evaluation (ties in score and IoU, crowd regions, areas
 * on both sides of the range edges, empty images, unsorted image ids, more
 * detections than maxDets).
 */
import fc from 'fast-check';

export interface SmallCoco {
  gt: {
    images: { id: number }[];
    annotations: {
      id: number;
      image_id: number;
      category_id: number;
      bbox: number[];
      area: number;
      iscrowd: number;
      num_keypoints?: number;
      keypoints?: number[];
    }[];
    categories: { id: number }[];
  };
  dt: { image_id: number; category_id: number; bbox?: number[]; keypoints?: number[]; score: number }[];
}

const coord = fc.integer({ min: 0, max: 24 }).map((v) => v * 5);
const side = fc.integer({ min: 0, max: 24 }).map((v) => v * 5);
const box = fc.tuple(coord, coord, side, side);
const score = fc.constantFrom(0.1, 0.25, 0.5, 0.5, 0.75, 0.9, 1);
const areaChoice = fc.constantFrom(0, 500, 1024, 2000, 9216, 12000, -1);

/** Small bbox data sets: 1-4 images with ids in shuffled order, 1-3 categories. */
export const smallBboxCoco: fc.Arbitrary<SmallCoco> = fc
  .record({
    imageIds: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 4 }),
    nCat: fc.integer({ min: 1, max: 3 }),
    gts: fc.array(fc.record({ img: fc.nat(), cat: fc.nat(), box, area: areaChoice }), { maxLength: 10 }),
    crowdMask: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 10 }),
    dts: fc.array(fc.record({ img: fc.nat(), cat: fc.nat(), box, score }), { maxLength: 25 }),
  })
  .map(({ imageIds, nCat, gts, crowdMask, dts }) => ({
    gt: {
      images: imageIds.map((id) => ({ id })),
      categories: Array.from({ length: nCat }, (_, i) => ({ id: 3 * i + 1 })),
      annotations: gts.map((g, j) => ({
        id: j + 1,
        image_id: imageIds[g.img % imageIds.length]!,
        category_id: 3 * (g.cat % nCat) + 1,
        bbox: [...g.box],
        area: g.area < 0 ? g.box[2] * g.box[3] : g.area,
        iscrowd: crowdMask[j] === 0 ? 1 : 0,
      })),
    },
    dt: dts.map((d) => ({
      image_id: imageIds[d.img % imageIds.length]!,
      category_id: 3 * (d.cat % nCat) + 1,
      bbox: [...d.box],
      score: d.score,
    })),
  }));

const K = 17;
const kpOffset = fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 2 * K, maxLength: 2 * K });

/** Small keypoint data sets (one category): gts with some invisible keypoints, detections near gts or far. */
export const smallKeypointCoco: fc.Arbitrary<SmallCoco> = fc
  .record({
    imageIds: fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 3 }),
    gts: fc.array(
      fc.record({
        img: fc.nat(),
        x: coord,
        y: coord,
        w: side.map((s) => s + 5),
        h: side.map((s) => s + 5),
        vis: fc.array(fc.constantFrom(0, 1, 2), { minLength: K, maxLength: K }),
        area: areaChoice,
        crowd: fc.integer({ min: 0, max: 6 }),
      }),
      { maxLength: 6 },
    ),
    dts: fc.array(
      fc.record({
        img: fc.nat(),
        target: fc.nat(),
        offset: kpOffset,
        scale: fc.constantFrom(0, 1, 3, 10),
        score,
      }),
      { maxLength: 26 },
    ),
  })
  .map(({ imageIds, gts, dts }) => {
    const annotations = gts.map((g, j) => {
      const keypoints: number[] = [];
      for (let i = 0; i < K; i++) {
        const v = g.vis[i]!;
        keypoints.push(v ? g.x + ((i * 7) % (g.w + 1)) : 0, v ? g.y + ((i * 11) % (g.h + 1)) : 0, v);
      }
      return {
        id: j + 1,
        image_id: imageIds[g.img % imageIds.length]!,
        category_id: 1,
        bbox: [g.x, g.y, g.w, g.h],
        area: g.area < 0 ? g.w * g.h : g.area,
        iscrowd: g.crowd === 0 ? 1 : 0,
        num_keypoints: g.vis.filter((v) => v > 0).length,
        keypoints,
      };
    });
    const dt = dts.map((d) => {
      const target = annotations.length > 0 ? annotations[d.target % annotations.length]! : undefined;
      const keypoints: number[] = [];
      for (let i = 0; i < K; i++) {
        const bx = target ? target.bbox[0]! + ((i * 7) % (target.bbox[2]! + 1)) : 50;
        const by = target ? target.bbox[1]! + ((i * 11) % (target.bbox[3]! + 1)) : 50;
        keypoints.push(bx + d.scale * d.offset[2 * i]!, by + d.scale * d.offset[2 * i + 1]!, 1);
      }
      return {
        image_id: target ? target.image_id : imageIds[d.img % imageIds.length]!,
        category_id: 1,
        keypoints,
        score: d.score,
      };
    });
    return { gt: { images: imageIds.map((id) => ({ id })), categories: [{ id: 1 }], annotations }, dt };
  });
