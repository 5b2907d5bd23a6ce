/**
 * Widget states of the segmentation section: what a share link restores for
 * each figure. The painted prediction travels as a compressed mask string
 * (maskCodec.ts), validated on the way in.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { segmentationText } from '../../i18n/segmentation';
import { aggregationText } from '../../i18n/aggregation';
import { TEST_SET_DEFAULTS, testSetSchema } from '../../widgets/aggregation/testSetState';
import { CLASS_NAMES, NUM_CLASSES, SCENE_HEIGHT, SCENE_WIDTH } from '../../scenes/segmentation/classes';
import { decodeMask, encodeMask } from '../../widgets/painter/maskCodec';
import { presetPrediction, type PresetId } from '../../scenes/segmentation/presets';
import { groundTruth } from '../../scenes/segmentation/scene';
import { SMALL_RADIUS } from '../../scenes/segmentation/structures';
import { THRESHOLD } from '../../scenes/segmentation/threshold';

const className = v.picklist(CLASS_NAMES);

/** A mask string that decodes to a scene-sized label map of known classes. */
const maskSchema = v.pipe(
  v.string(),
  v.maxLength(40_000),
  v.check(
    (s) => decodeMask(s, SCENE_WIDTH * SCENE_HEIGHT, NUM_CLASSES) !== null,
    'not a painted mask of the scene',
  ),
);

/** Brush sizes the painter offers. */
export const BRUSH_SIZE = { min: 1, max: 15, initial: 3 } as const;

/**
 * The preset the painter opens on: the "Lazy model" (everything background),
 * so the first screen already shows the accuracy trap (pixel accuracy about
 * 90 %, person IoU 0) with no button pressed. Reset returns to it.
 */
export const PAINTER_START_PRESET: PresetId = 'lazy';

/** The painter's default prediction (PAINTER_START_PRESET) as a mask string. */
export const DEFAULT_MASK = encodeMask(presetPrediction(PAINTER_START_PRESET, groundTruth()));

/** Painter: the painted prediction, the tool and the overlays. */
export const painterWidget = defineWidgetState({
  id: 'segmentation.painter',
  title: segmentationText.painter.title,
  schema: v.object({
    mask: maskSchema,
    tool: v.picklist(['brush', 'eraser', 'fill']),
    cls: className,
    size: v.pipe(v.number(), v.integer(), v.minValue(BRUSH_SIZE.min), v.maxValue(BRUSH_SIZE.max)),
    showTruth: v.boolean(),
    showPrediction: v.boolean(),
    showErrors: v.boolean(),
    errorClass: v.picklist(['all', ...CLASS_NAMES]),
  }),
  defaults: {
    mask: DEFAULT_MASK,
    tool: 'brush' as const,
    cls: 'person' as const,
    size: BRUSH_SIZE.initial,
    showTruth: true,
    showPrediction: true,
    showErrors: false,
    errorClass: 'all' as const,
  },
});

/** Live metrics: how the confusion matrix is shown. */
export const metricsWidget = defineWidgetState({
  id: 'segmentation.metrics',
  title: segmentationText.metrics.title,
  schema: v.object({ view: v.picklist(['counts', 'shares']) }),
  defaults: { view: 'counts' as const },
});

/** Live formulas: the class whose TP, FP and FN fill the formulas. */
export const formulasWidget = defineWidgetState({
  id: 'segmentation.formulas',
  title: segmentationText.formulas.title,
  schema: v.object({ cls: className }),
  defaults: { cls: 'person' as const },
});

/** Small structures: the lesion's radius. */
export const structuresWidget = defineWidgetState({
  id: 'segmentation.structures',
  title: segmentationText.structures.title,
  schema: v.object({
    radius: v.pipe(v.number(), v.integer(), v.minValue(SMALL_RADIUS.min), v.maxValue(SMALL_RADIUS.max)),
  }),
  defaults: { radius: SMALL_RADIUS.initial },
});

/** Empty reference: which class is removed, and from where. */
export const emptyWidget = defineWidgetState({
  id: 'segmentation.empty',
  title: segmentationText.empty.title,
  schema: v.object({
    cls: v.picklist(['sidewalk', 'car', 'person']),
    removeTruth: v.boolean(),
    clearPrediction: v.boolean(),
  }),
  defaults: { cls: 'person' as const, removeTruth: false, clearPrediction: false },
});

/** Precision against recall: the threshold on the person probability map. */
export const thresholdWidget = defineWidgetState({
  id: 'segmentation.threshold',
  title: segmentationText.threshold.title,
  schema: v.object({
    // On the slider's 0.05 grid, so that a link cannot set a value the slider cannot show.
    threshold: v.pipe(
      v.number(),
      v.minValue(THRESHOLD.min),
      v.maxValue(THRESHOLD.max),
      v.check((t) => {
        const k = t / THRESHOLD.step;
        return Math.abs(k - Math.round(k)) < 1e-9;
      }, `the threshold moves in steps of ${THRESHOLD.step}`),
    ),
  }),
  defaults: { threshold: THRESHOLD.initial },
});

/** `segmentation.aggregation`: size and seed of the per-image vs pooled test set. */
export const aggregationWidget = defineWidgetState({
  id: 'segmentation.aggregation',
  title: aggregationText.segmentation.title,
  schema: testSetSchema,
  defaults: TEST_SET_DEFAULTS,
});
