/**
 * The pitfalls a COCO pair shows, computed from the data: categories with no
 * ground truth, images without detections, detections past maxDets, crowd
 * regions, keypoint annotations with nothing visible.
 */
import { labCocoText } from '../../../../i18n/labCoco';
import type { CocoPitfalls } from '../../../../lab/coco/types';

/** The sentences of the pitfalls that occur (empty when none does). */
export function pitfallSentences(p: CocoPitfalls): { id: string; text: string }[] {
  const t = labCocoText.pitfalls;
  const out: { id: string; text: string }[] = [];
  if (p.categoriesWithoutGt.length > 0) {
    const names = p.categoriesWithoutGt.map((c) => c.name).join(', ');
    const dts = p.categoriesWithoutGt.reduce((s, c) => s + c.detections, 0);
    out.push({ id: 'no-gt', text: t.noGt(names, dts) });
  }
  const e = p.imagesWithoutDetections;
  if (e.count > 0)
    out.push({ id: 'empty-images', text: t.emptyImages(e.count, e.annotations, e.firstIds.join(', ')) });
  const b = p.beyondMaxDets;
  if (b.detections > 0)
    out.push({ id: 'max-dets', text: t.beyondCap(b.detections, b.maxDets, b.pairsAtCap) });
  const c = p.crowd;
  if (c.annotations > 0)
    out.push({ id: 'crowd', text: t.crowd(c.annotations, c.images, c.detectionsOnCrowd) });
  if (p.noVisibleKeypoints > 0) out.push({ id: 'no-visible', text: t.noVisible(p.noVisibleKeypoints) });
  return out;
}

/** The pitfalls list. */
export function PitfallList({ pitfalls }: { pitfalls: CocoPitfalls }) {
  const items = pitfallSentences(pitfalls);
  if (items.length === 0) return <p className="m-0">{labCocoText.pitfalls.none}</p>;
  return (
    <ul className="ba-lab-coco-pitfalls m-0 flex flex-col gap-2 pl-5">
      {items.map((i) => (
        <li key={i.id} data-pitfall={i.id}>
          {i.text}
        </li>
      ))}
    </ul>
  );
}
