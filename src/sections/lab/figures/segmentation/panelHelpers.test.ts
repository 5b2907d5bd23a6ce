import { describe, expect, it } from 'vitest';
import { runSegmentationJob } from '../../../../lab/segmentation/segmentationJob';
import { exampleFiles, EXAMPLE_CLASSES } from './example';
import { perClassRows, perImageRows, resultJson } from './exports';
import { parseOptionalInt } from './SegmentationSettings';
import { labSegmentationText } from '../../../../i18n/labSegmentation';

const ctx = { progress: () => {} };

describe('the example and the exports', () => {
  const ex = exampleFiles();
  const r = runSegmentationJob(
    { gt: ex.gt, pred: ex.pred, classNames: ex.classNames, ignoreIndex: 255, numClasses: null },
    ctx,
  );

  it('is two named pairs with an ignored border, paired by name', () => {
    expect(r.classNames).toEqual([...EXAMPLE_CLASSES]);
    expect(r.pairing).toBe('name');
    expect(r.images).toHaveLength(2);
    expect(r.pooled.ignored).toBe(2 * (64 * 48 - 60 * 44));
    expect(r.pooled.miou).toBeGreaterThan(0.5);
    expect(r.pooled.miou).toBeLessThan(0.9);
  });

  it('exports one per-class row per class and subject, one per-image row per image plus pooled', () => {
    const rows = perClassRows(r);
    expect(rows).toHaveLength(4 * 3);
    expect(rows[0]).toMatchObject({ subject: 'pooled', class_id: 0, class_name: 'background' });
    expect(rows[4]).toMatchObject({ subject: 'street-1.png', class_id: 0 });
    const images = perImageRows(r);
    expect(images.map((x) => x.subject)).toEqual(['street-1.png', 'street-2.png', 'pooled']);
    expect(images[2]!.miou).toBe(r.pooled.miou);
    expect(resultJson(r)).not.toHaveProperty('overlays');
  });

  it('words every hint of the example', () => {
    for (const h of r.hints)
      expect(labSegmentationText.hints.text(h, r.classNames).length).toBeGreaterThan(10);
  });
});

describe('parseOptionalInt', () => {
  it('reads empty as null, whole numbers in range, and refuses the rest', () => {
    expect(parseOptionalInt('', 0, 10)).toBeNull();
    expect(parseOptionalInt(' 7 ', 0, 10)).toBe(7);
    expect(parseOptionalInt('11', 0, 10)).toBeUndefined();
    expect(parseOptionalInt('-1', 0, 10)).toBeUndefined();
    expect(parseOptionalInt('2.5', 0, 10)).toBeUndefined();
    expect(parseOptionalInt('0', 1, 10)).toBeUndefined();
  });
});
