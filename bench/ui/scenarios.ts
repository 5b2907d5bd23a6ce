/**
 * The table of `npm run bench:ui` scenarios: every widget on the five section
 * routes whose readouts answer a drag, a stroke, a slider, a radio / toggle or
 * a button, and how the bench operates it. Data only; bench/ui/latency.ts runs
 * it. Controls are found by role and accessible name inside
 * `figure[data-widget="<widget>"]` (DESIGN.md, "Figures").
 *
 * Not listed, because no readout depends on them: the painter's tool, brush
 * size, overlays and undo / redo, segmentation.metrics' count / share switch,
 * the image-quality vote, ranking buttons and photo pickers (selects), the
 * inspector's channel switch, text fields (scores, LPIPS features), uploads,
 * the depth map's absolute / relative switch, detection.presets' detector
 * switch (it picks the boxes drawn; both detectors' readouts are always shown), and every figure's Reset and
 * Copy-link buttons (Reset is used between scenarios, untimed).
 */

/** The five section routes the bench visits. */
export const SECTION_ROUTES = [
  '#/segmentation',
  '#/detection',
  '#/image-quality',
  '#/pose',
  '#/depth',
] as const;

/** Routes whose cold load and bytes are measured (the landing page first). */
export const LOAD_ROUTES = ['#/', ...SECTION_ROUTES] as const;

export type SectionRoute = (typeof SECTION_ROUTES)[number];

/** What kind of input a scenario times. Radios and toggles are clicked, so they are `button`. */
export type Kind = 'drag' | 'stroke' | 'slider' | 'button';

/**
 * Which target of issue 13 applies: `interactive` p95 ≤ 50 ms (drags, strokes
 * and sliders on label maps, boxes, keypoints and depth), `photo` ≤ 100 ms
 * (photo sliders), `match-psnr` ≤ 300 ms, `none` (buttons, radios and toggles:
 * no latency target, the long-task target still applies).
 */
export type TargetClass = 'interactive' | 'photo' | 'match-psnr' | 'none';

/** A control inside the figure: ARIA role and accessible name (exact, or a prefix when `prefix`). */
export interface Control {
  role: 'slider' | 'button' | 'radio' | 'checkbox';
  name: string;
  prefix?: boolean;
}

/** An untimed step: click a control, or press a key on it a number of times. */
export type Step = { click: Control } | { press: string; on: Control; times?: number };

/** Keyboard steps on a range input: ArrowRight until the end, then ArrowLeft, and so on. */
export interface SliderOp {
  type: 'slider';
  slider: Control;
}

/** Pointer drag of a handle: press at its centre, then one timed move of (dx, dy) px per input, back and forth. */
export interface DragOp {
  type: 'drag';
  handle: Control;
  dx: number;
  dy: number;
}

/** One pointer stroke on a canvas: press at (fx, fy) of its box, then one timed move of (dx, dy) px per input, one way. */
export interface StrokeOp {
  type: 'stroke';
  /** CSS selector of the canvas inside the figure. */
  canvas: string;
  fx: number;
  fy: number;
  dx: number;
  dy: number;
}

/** Clicks: the controls in turn (each input clicks the next), with optional untimed steps before each. */
export interface ClickOp {
  type: 'click';
  cycle: Control[];
  /** Untimed steps before every timed click (e.g. a slider step so that "Match PSNR" has work to do). */
  before?: Step[];
}

export type Operation = SliderOp | DragOp | StrokeOp | ClickOp;

/** One row of the table. */
export interface Scenario {
  route: SectionRoute;
  /** `figure[data-widget]` id. */
  widget: string;
  /** What is done, as the README table names it. */
  action: string;
  kind: Kind;
  target: TargetClass;
  op: Operation;
  /** Timed inputs (default 30). */
  inputs?: number;
  /** Untimed steps once before the inputs. */
  setup?: Step[];
  /** Figures whose readouts are watched (default: the widget's own). */
  watch?: string[];
}

const slider = (name: string): Control => ({ role: 'slider', name });
const button = (name: string): Control => ({ role: 'button', name });
const radio = (name: string): Control => ({ role: 'radio', name });
const checkbox = (name: string): Control => ({ role: 'checkbox', name });
const handle = (name: string): Control => ({ role: 'button', name, prefix: true });

/** A slider scenario. */
function sliderRow(
  route: SectionRoute,
  widget: string,
  name: string,
  target: TargetClass = 'interactive',
): Scenario {
  return {
    route,
    widget,
    action: `slider “${name}”`,
    kind: 'slider',
    target,
    op: { type: 'slider', slider: slider(name) },
  };
}

/** A scenario that clicks radios or toggles in turn. */
function choiceRow(route: SectionRoute, widget: string, action: string, cycle: Control[]): Scenario {
  return { route, widget, action, kind: 'button', target: 'none', op: { type: 'click', cycle } };
}

/** A drag scenario. */
function dragRow(route: SectionRoute, widget: string, name: string, dx: number, dy: number): Scenario {
  return {
    route,
    widget,
    action: `drag “${name}”`,
    kind: 'drag',
    target: 'interactive',
    op: { type: 'drag', handle: handle(name), dx, dy },
  };
}

const SEG = '#/segmentation';
const DET = '#/detection';
const IQ = '#/image-quality';
const POSE = '#/pose';
const DEPTH = '#/depth';

/** Every scenario, in page order per route. */
export const SCENARIOS: readonly Scenario[] = [
  {
    route: SEG,
    widget: 'segmentation.painter',
    action: 'paint stroke (brush “person”), 30 moves of 6 px',
    kind: 'stroke',
    target: 'interactive',
    setup: [{ click: radio('person') }, { click: radio('Brush') }],
    op: { type: 'stroke', canvas: 'canvas:not([role])', fx: 0.15, fy: 0.12, dx: 6, dy: 0 },
  },
  {
    route: SEG,
    widget: 'segmentation.painter',
    action: 'buttons “Lazy model” / “Perfect”',
    kind: 'button',
    target: 'none',
    op: { type: 'click', cycle: [button('Perfect'), button('Lazy model')] },
  },
  choiceRow(SEG, 'segmentation.formulas', 'class radios', [
    radio('background'),
    radio('sidewalk'),
    radio('car'),
    radio('person'),
  ]),
  sliderRow(SEG, 'segmentation.structures', 'Lesion radius (pixels)'),
  choiceRow(SEG, 'segmentation.empty', 'class radios', [radio('sidewalk'), radio('car'), radio('person')]),
  choiceRow(SEG, 'segmentation.empty', 'toggle “Remove it from the ground truth”', [
    checkbox('Remove it from the ground truth'),
  ]),
  sliderRow(SEG, 'segmentation.threshold', 'Threshold'),

  dragRow(DET, 'detection.iou', 'predicted box', -3, -2),
  sliderRow(DET, 'detection.scale', 'Horizontal shift (px)'),
  dragRow(DET, 'detection.ap', 'prediction 1,', 3, 0),
  sliderRow(DET, 'detection.ap', 'IoU threshold'),
  choiceRow(DET, 'detection.ap', 'class radios', [radio('car'), radio('person')]),
  sliderRow(DET, 'detection.presets', 'Loose detector: box growth (%)'),
  choiceRow(DET, 'detection.ties', 'order radios', [
    radio('input order (pycocotools: stable sort)'),
    radio('reverse input order'),
  ]),
  choiceRow(DET, 'detection.empty', 'toggle “The detector fires on the empty image”', [
    checkbox('The detector fires on the empty image'),
  ]),
  sliderRow(DET, 'detection.iconic', 'Localisation error (px)'),
  sliderRow(DET, 'detection.iconic', 'Miss rate'),
  sliderRow(DET, 'detection.padding', 'Extra detections scored below all others'),
  sliderRow(DET, 'detection.padding', 'Operating point: keep detections with score at least'),

  sliderRow(IQ, 'image-quality.blur-noise', 'Blur σ', 'photo'),
  sliderRow(IQ, 'image-quality.blur-noise', 'Noise σ', 'photo'),
  {
    route: IQ,
    widget: 'image-quality.blur-noise',
    action: 'button “Match PSNR” (after an untimed Blur σ step)',
    kind: 'button',
    target: 'match-psnr',
    inputs: 10,
    op: {
      type: 'click',
      cycle: [button('Match PSNR')],
      before: [{ press: 'ArrowRight', on: slider('Blur σ') }],
    },
  },
  {
    route: IQ,
    widget: 'image-quality.blur-noise',
    action: 'button “New noise pattern” (noise σ 10)',
    kind: 'button',
    target: 'none',
    inputs: 15,
    setup: [{ press: 'ArrowRight', on: slider('Noise σ'), times: 20 }],
    op: { type: 'click', cycle: [button('New noise pattern')] },
  },
  sliderRow(IQ, 'image-quality.fool', 'Brightness shift (levels)', 'photo'),
  sliderRow(IQ, 'image-quality.fool', 'Contrast factor', 'photo'),
  sliderRow(IQ, 'image-quality.fool', 'Translation (px to the right)', 'photo'),
  sliderRow(IQ, 'image-quality.fool', 'JPEG quality', 'photo'),
  dragRow(IQ, 'image-quality.inspector', 'Inspected pixel', 4, 2),
  sliderRow(IQ, 'image-quality.own', 'Blur σ', 'photo'),
  choiceRow(IQ, 'image-quality.lpips', 'buttons “Noisy copy” / “Blurred copy”', [
    button('Noisy copy'),
    button('Blurred copy'),
  ]),

  {
    route: POSE,
    widget: 'pose.paradox',
    action: 'button “Shift every prediction by 5 px” (after an untimed Reset)',
    kind: 'button',
    target: 'none',
    inputs: 20,
    op: {
      type: 'click',
      cycle: [button('Shift every prediction by 5 px')],
      before: [{ click: button('Reset: The 5-pixel paradox') }],
    },
  },
  dragRow(POSE, 'pose.paradox', 'predicted left wrist, large person:', 4, 0),
  sliderRow(POSE, 'pose.rings', 'Person scale'),
  sliderRow(POSE, 'pose.pck', 'PCK α (fraction of the torso)'),
  sliderRow(POSE, 'pose.pck', 'PCKh α (fraction of the head size)'),
  dragRow(POSE, 'pose.pck', 'predicted left wrist, large person (PCK view)', 4, 0),
  dragRow(POSE, 'pose.ap', 'predicted pose 1 (AP scene', 3, 0),
  dragRow(POSE, 'pose.visibility', 'predicted left wrist (visibility figure)', 4, 0),
  choiceRow(POSE, 'pose.visibility', 'toggle “left wrist labelled”', [checkbox('left wrist labelled')]),

  sliderRow(DEPTH, 'depth.wall-book', 'Predicted wall depth (m)'),
  sliderRow(DEPTH, 'depth.wall-book', 'Predicted book depth (m)'),
  sliderRow(DEPTH, 'depth.map', 'Global scale'),
  sliderRow(DEPTH, 'depth.map', 'Near noise (σ, % of true depth, under 3 m)'),
  sliderRow(DEPTH, 'depth.map', 'Far noise (σ, % of true depth, over 20 m)'),
  sliderRow(DEPTH, 'depth.map', 'Edge blur (px)'),
  sliderRow(DEPTH, 'depth.conventions', 'Scale error of the model'),
  choiceRow(DEPTH, 'depth.conventions', 'cap radios', [
    radio('KITTI, 80 m'),
    radio('NYU, 10 m'),
    radio('No cap'),
  ]),
  choiceRow(DEPTH, 'depth.conventions', 'toggle “Median scaling”', [checkbox('Median scaling')]),
  choiceRow(DEPTH, 'depth.conventions', 'missing-pixel radios', [
    radio('set to 0 m'),
    radio('set to the cap'),
  ]),
];
