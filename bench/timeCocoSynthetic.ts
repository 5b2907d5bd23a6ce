/**
 * Times `coco_eval` on the synthetic COCO-val2017-sized set, by hand (not a test):
 *
 *   /usr/bin/time -v npx tsx bench/timeCocoSynthetic.ts [images]
 *
 * Prints the time of each phase and the summary stats; `/usr/bin/time -v`
 * reports the peak RSS ("Maximum resident set size").
 */
import { cocoEntries } from '../src/metrics/detection/coco/entries';
import { makeSyntheticCoco } from '../src/metrics/detection/coco/synthetic';

const images = Number(process.argv[2] ?? 5000);
const t0 = performance.now();
const { gt, dt } = makeSyntheticCoco({ images, categories: 80, gtPerImage: 7, dtPerImage: 100, seed: 7 });
const t1 = performance.now();
const entry = cocoEntries[0];
if (!entry) throw new Error('no coco_eval entry');
const result = entry.compute({ iou_type: 'bbox', gt, dt }) as { stats: (number | null)[] };
const t2 = performance.now();
const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MB`;
console.log(`${images} images, ${gt.annotations.length} gts, ${dt.length} detections`);
console.log(`generate: ${((t1 - t0) / 1000).toFixed(2)} s`);
console.log(`coco_eval bbox: ${((t2 - t1) / 1000).toFixed(2)} s`);
console.log(`rss now: ${mb(process.memoryUsage().rss)}`);
console.log(`stats: ${result.stats.map((v) => (v === null ? 'null' : v.toFixed(4))).join(' ')}`);
