/**
 * Widget states of the detection section, one per figure: each with its
 * id, schema and defaults (DESIGN.md, "State").
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../state/widgetState';
import { boxSchema, scoreSchema } from './figures/shared/boxSchema';
import { detectionText } from '../../i18n/detection';
import { boxTuple, type BoxXywh } from '../../lib/geometry';
import { STREET_CLASSES, STREET_SIZE } from '../../scenes/detection/streetScene';
import { AP_PREDICTIONS, IOU_THRESHOLDS } from './figures/ap/apScene';
import { PRESETS } from '../../scenes/detection/presetDetectors';
import { MAX_EXTRAS } from '../../scenes/detection/padding';
import { MAX_SHIFT } from './figures/scale/scaleBoxes';
import { TIE_RULES } from './figures/ties/tiesArgs';

// State of the IoU playground (`detection.iou`): a ground-truth box on the astronaut's round mission
// patch and a predicted box, both movable and resizable on the 512x512 photo.
/** The photo and its size. */
export const ASTRONAUT = { src: 'images/astronaut.png', width: 512, height: 512 } as const;

/** The mission patch on the suit: at least one box width (76 px) from every edge of the photo. */
export const PATCH_BOX: BoxXywh = [133, 347, 76, 76];

/** The default prediction: the patch's size, moved 12 px right and 8 px down (IoU ≈ 0.60). */
export const DEFAULT_PREDICTION: BoxXywh = [145, 355, 76, 76];

const photoBox = boxSchema(ASTRONAUT.width, ASTRONAUT.height);

const iouSchema = v.object({ gt: photoBox, pred: photoBox });

/** The IoU playground's state: both boxes. */
export const iouWidget = defineWidgetState<v.InferOutput<typeof iouSchema>>({
  id: 'detection.iou',
  title: detectionText.iou.title,
  schema: iouSchema,
  defaults: { gt: boxTuple(PATCH_BOX), pred: boxTuple(DEFAULT_PREDICTION) },
});

// State of the AP figure (`detection.ap`): every prediction's box and score, the IoU threshold and the
// class whose curve is shown.
const n = AP_PREDICTIONS.length;
const streetBox = boxSchema(STREET_SIZE.width, STREET_SIZE.height);

const apSchema = v.object({
  boxes: v.pipe(v.array(streetBox), v.length(n)),
  scores: v.pipe(v.array(scoreSchema), v.length(n)),
  threshold: v.picklist(IOU_THRESHOLDS),
  cls: v.picklist(STREET_CLASSES),
});

/** The AP figure's state. */
export const apWidget = defineWidgetState<v.InferOutput<typeof apSchema>>({
  id: 'detection.ap',
  title: detectionText.ap.title,
  schema: apSchema,
  defaults: {
    boxes: AP_PREDICTIONS.map((p) => [...p.box] as [number, number, number, number]),
    scores: AP_PREDICTIONS.map((p) => p.score),
    threshold: 0.5,
    cls: 'car',
  },
});

/** The AP figure's state type. */
export type ApState = typeof apWidget.defaults;

// State of the VOC-or-COCO figure (`detection.presets`): the loose detector's box growth and which
// boxes are drawn.
/** Largest growth the slider offers, %. */
export const MAX_GROWTH = 60;

const presetsSchema = v.object({
  growth: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.maxValue(MAX_GROWTH),
    v.check((g) => g % 5 === 0, 'growth moves in steps of 5 %'),
  ),
  show: v.picklist(PRESETS),
});

/** Growth 0..MAX_GROWTH % in steps of 5 (default 30), and the preset drawn (default loose). */
export const presetsWidget = defineWidgetState<v.InferOutput<typeof presetsSchema>>({
  id: 'detection.presets',
  title: detectionText.presets.title,
  schema: presetsSchema,
  defaults: { growth: 30, show: 'loose' },
});

// State of the scale figure (`detection.scale`): the horizontal shift in pixels.
const scaleSchema = v.object({
  shift: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_SHIFT)),
});

/** The shift, 0 to MAX_SHIFT whole pixels; 5 by default. */
export const scaleWidget = defineWidgetState<v.InferOutput<typeof scaleSchema>>({
  id: 'detection.scale',
  title: detectionText.scale.title,
  schema: scaleSchema,
  defaults: { shift: 5 },
});

// State of the ties figure (`detection.ties`): the tie rule.
const tiesSchema = v.object({ rule: v.picklist(TIE_RULES) });

/** The rule that orders equal scores; pycocotools' stable order by default. */
export const tiesWidget = defineWidgetState<v.InferOutput<typeof tiesSchema>>({
  id: 'detection.ties',
  title: detectionText.ties.title,
  schema: tiesSchema,
  defaults: { rule: 'stable' },
});

// State of the empty-image figure (`detection.empty`): whether the detector fires on the empty road.
const emptySchema = v.object({ fires: v.boolean() });

/** Fires by default, so the reader first sees precision 0 next to undefined recall. */
export const emptyWidget = defineWidgetState<v.InferOutput<typeof emptySchema>>({
  id: 'detection.empty',
  title: detectionText.empty.title,
  schema: emptySchema,
  defaults: { fires: true },
});

// State of the iconic-or-crowded figure (`detection.iconic`): the detector's localisation error and
// miss rate.
/** Largest localisation error the slider offers, px. */
export const MAX_LOC_ERROR = 20;

const iconicSchema = v.object({
  locError: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_LOC_ERROR)),
  missRate: v.pipe(
    v.number(),
    v.minValue(0),
    v.maxValue(1),
    v.check((m) => Math.abs(m * 20 - Math.round(m * 20)) < 1e-9, 'the miss rate moves in steps of 0.05'),
  ),
});

/** Error 0..20 whole px (default 4), miss rate 0..1 in steps of 0.05 (default 0.1). */
export const iconicWidget = defineWidgetState<v.InferOutput<typeof iconicSchema>>({
  id: 'detection.iconic',
  title: detectionText.iconic.title,
  schema: iconicSchema,
  defaults: { locError: 4, missRate: 0.1 },
});

// State of the padding figure (`detection.padding`): how many low-scored detections are appended, and
// the operating point (the lowest score a deployed detector keeps).
const paddingSchema = v.object({
  extras: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(0),
    v.maxValue(MAX_EXTRAS),
    v.check((n) => n % 10 === 0, 'extra detections move in steps of 10'),
  ),
  threshold: v.pipe(
    v.number(),
    v.minValue(0.05),
    v.maxValue(0.95),
    v.check(
      (x) => Math.abs(x * 20 - Math.round(x * 20)) < 1e-9,
      'the operating point moves in steps of 0.05',
    ),
  ),
});

/** 50 extra detections and an operating point at score 0.5 by default: AP has risen, precision has collapsed. */
export const paddingWidget = defineWidgetState<v.InferOutput<typeof paddingSchema>>({
  id: 'detection.padding',
  title: detectionText.padding.title,
  schema: paddingSchema,
  defaults: { extras: 50, threshold: 0.5 },
});
