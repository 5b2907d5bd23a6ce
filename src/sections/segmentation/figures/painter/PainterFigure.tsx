/**
 * Figure `segmentation.painter`, the section's hero: the street scene and the
 * reader's painted prediction, with brush, eraser, flood fill, undo / redo,
 * overlays and the five preset models. It opens on the lazy model, so the
 * live scores beside the picture show the accuracy trap with no button
 * pressed. Layout: on wide screens the picture (sized to the screen's height)
 * with the scores, trap line and presets beside it; on phones the scores and
 * presets right under the picture, the tools after them.
 */
import { memo, useCallback, useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { segmentationText } from '../../../../i18n/segmentation';
import { CLASS_ID, NUM_CLASSES, SCENE_HEIGHT, SCENE_WIDTH } from '../../../../scenes/segmentation/classes';
import { composePicture, type OverlayOptions } from '../shared/compose';
import { decodeMask, encodeMask } from '../../../../widgets/painter/maskCodec';
import { MaskPainter } from '../../../../widgets/painter/MaskPainter';
import { usePaintHistory } from '../../../../widgets/painter/usePaintHistory';
import { PRESET_IDS, presetPrediction, type PresetId } from '../../../../scenes/segmentation/presets';
import { DEFAULT_MASK, painterWidget } from '../../state';
import { DISPLAY_SCALE } from '../shared/displayScale';
import { LiveSummary } from './LiveSummary';
import { PainterControls, PainterPresets } from './PainterControls';
import { PainterChips, PainterLegend } from './PainterLegend';
import '../../segmentation.css';
import '../../present.css';
import type { MetricView, SegmentationResult } from '../../results';

const t = segmentationText.painter;
const SCENE_SIZE = { width: SCENE_WIDTH, height: SCENE_HEIGHT } as const;
/** Where the brush starts (on the sidewalk, near the person). */
const START_CURSOR = { x: 130, y: 86 } as const;

/** Props of PainterFigure. */
export interface PainterFigureProps {
  gt: Uint8Array;
  photo: Uint8ClampedArray;
  /** The mask while a stroke is in progress, or null. */
  onLive: (live: Uint8Array | null) => void;
  /** The worker's metrics of the painted prediction (shared with the metrics figure). */
  seg: MetricView<SegmentationResult>;
}

/** Decodes the painter's mask string (the default prediction if it cannot be read). */
export function painterMask(mask: string): Uint8Array {
  return (
    decodeMask(mask, SCENE_WIDTH * SCENE_HEIGHT, NUM_CLASSES) ??
    decodeMask(DEFAULT_MASK, SCENE_WIDTH * SCENE_HEIGHT, NUM_CLASSES)!
  );
}

/** The painter figure (memo: the section's per-frame live mask re-renders it only when `seg` changes). */
export const PainterFigure = memo(function PainterFigure({ gt, photo, onLive, seg }: PainterFigureProps) {
  const [state, setState, reset] = useWidgetState(painterWidget);
  const applyMask = useCallback((mask: string) => setState({ mask }), [setState]);
  const history = usePaintHistory(state.mask, applyMask);
  const { change } = history;
  const onCommit = useCallback((next: Uint8Array) => change(encodeMask(next)), [change]);
  const committed = useMemo(() => painterMask(state.mask), [state.mask]);
  const overlays: OverlayOptions = useMemo(
    () => ({
      truth: state.showTruth,
      prediction: state.showPrediction,
      errors: state.showErrors,
      errorClass: state.errorClass === 'all' ? 'all' : CLASS_ID[state.errorClass],
    }),
    [state.showTruth, state.showPrediction, state.showErrors, state.errorClass],
  );
  const presetMasks = useMemo(
    () => new Map(PRESET_IDS.map((id) => [encodeMask(presetPrediction(id, gt)), id] as const)),
    [gt],
  );
  const active: PresetId | null = presetMasks.get(state.mask) ?? null;
  const predictionEmpty = useMemo(() => committed.every((c) => c === CLASS_ID.background), [committed]);
  const onReset = () => {
    history.change(DEFAULT_MASK);
    reset();
  };

  const compose = useCallback(
    (labels: Uint8Array) =>
      composePicture(photo, gt, labels, SCENE_WIDTH, SCENE_HEIGHT, overlays, DISPLAY_SCALE),
    [photo, gt, overlays],
  );

  return (
    <Figure widget={painterWidget} caption={t.caption} onReset={onReset} headingLevel={2}>
      <div className="seg-hero">
        <div className="seg-hero__picture flex flex-col gap-2">
          <div className="seg-picture">
            <MaskPainter
              committed={committed}
              size={SCENE_SIZE}
              compose={compose}
              displayScale={DISPLAY_SCALE}
              tool={state.tool}
              cls={CLASS_ID[state.cls]}
              eraseClass={CLASS_ID.background}
              brush={state.size}
              onCommit={onCommit}
              onLive={onLive}
              onUndo={history.undo}
              onRedo={history.redo}
              label={t.surface}
              hint={t.surfaceHint}
              cursorText={t.cursorAt}
              initialCursor={START_CURSOR}
            />
            <PainterChips predictionEmpty={predictionEmpty} />
          </div>
          <PainterLegend errors={state.showErrors} />
        </div>
        <div className="seg-hero__side flex flex-col gap-3">
          <LiveSummary seg={seg} />
          <div className="seg-presets">
            <PainterPresets
              active={active}
              onPreset={(id) => history.change(encodeMask(presetPrediction(id, gt)))}
            />
          </div>
        </div>
        <div className="seg-hero__tools flex flex-col gap-3">
          <PainterControls state={state} setState={setState} history={history} />
          <p className="m-0 text-sm opacity-80">{t.sceneNote}</p>
        </div>
      </div>
    </Figure>
  );
});
