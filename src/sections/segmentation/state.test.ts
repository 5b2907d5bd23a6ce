import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { decodeShare, encodeShare } from '../../state/share';
import { lookupWidget } from '../../state/widgetState';
import { CLASS_ID, NUM_CLASSES, SCENE_HEIGHT, SCENE_WIDTH } from '../../scenes/segmentation/classes';
import { paintSegment } from '../../lib/brush';
import { decodeMask, encodeMask } from '../../widgets/painter/maskCodec';
import { presetPrediction } from '../../scenes/segmentation/presets';
import { groundTruth } from '../../scenes/segmentation/scene';
import { DEFAULT_MASK, emptyWidget, painterWidget, thresholdWidget } from './state';

describe('segmentation widget states', () => {
  it('the painter starts from the lazy prediction (everything background), the trap', () => {
    const mask = decodeMask(DEFAULT_MASK, SCENE_WIDTH * SCENE_HEIGHT, NUM_CLASSES)!;
    expect(Array.from(mask)).toEqual(Array.from(presetPrediction('lazy', groundTruth())));
    expect(mask.every((c) => c === CLASS_ID.background)).toBe(true);
  });

  it('a painted mask survives a share link: encode, decode, same labels', () => {
    const painted = presetPrediction('lazy', groundTruth());
    paintSegment(
      { width: SCENE_WIDTH, height: SCENE_HEIGHT, data: painted },
      130,
      80,
      130,
      94,
      3,
      CLASS_ID.person,
    );
    const state = {
      ...painterWidget.defaults,
      mask: encodeMask(painted),
      cls: 'car' as const,
      showErrors: true,
    };
    const link = encodeShare({ [painterWidget.id]: state });
    const { states, problems } = decodeShare(link, lookupWidget);
    expect(problems).toEqual([]);
    const restored = states[painterWidget.id] as typeof state;
    expect(restored).toEqual(state);
    expect(Array.from(decodeMask(restored.mask, painted.length, NUM_CLASSES)!)).toEqual(Array.from(painted));
  });

  it('a damaged mask in a link is refused, so only that widget falls back to its defaults', () => {
    const bad = { ...painterWidget.defaults, mask: 'AAAA' };
    const link = encodeShare({ [painterWidget.id]: bad, [thresholdWidget.id]: { threshold: 0.8 } });
    const { states, problems } = decodeShare(link, lookupWidget);
    expect(problems).toEqual([{ kind: 'invalid-state', id: painterWidget.id, title: painterWidget.title }]);
    expect(states[thresholdWidget.id]).toEqual({ threshold: 0.8 });
  });

  it('schemas refuse out-of-range values', () => {
    expect(v.safeParse(painterWidget.schema, { ...painterWidget.defaults, size: 99 }).success).toBe(false);
    expect(v.safeParse(thresholdWidget.schema, { threshold: 1.5 }).success).toBe(false);
    for (const t of [0.5123, 0.501, 0.597])
      expect(v.safeParse(thresholdWidget.schema, { threshold: t }).success, String(t)).toBe(false);
    for (const t of [0.05, 0.5, 0.55, 0.8, 0.95])
      expect(v.safeParse(thresholdWidget.schema, { threshold: t }).success, String(t)).toBe(true);
    expect(v.safeParse(emptyWidget.schema, { ...emptyWidget.defaults, cls: 'background' }).success).toBe(
      false,
    );
  });
});
