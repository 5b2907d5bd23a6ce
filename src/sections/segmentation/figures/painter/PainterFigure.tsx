/**
 * Figure `segmentation.painter`: the street scene and the reader's painted
 * prediction, with brush, eraser, flood fill, undo / redo, overlays and the
 * five preset models.
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
import { presetPrediction } from '../../../../scenes/segmentation/presets';
import { DEFAULT_MASK, painterWidget } from '../../state';
import { DISPLAY_SCALE } from '../shared/displayScale';
import { LiveSummary } from './LiveSummary';
import { PainterControls } from './PainterControls';
import { PainterLegend } from './PainterLegend';
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
    <Figure widget={painterWidget} caption={t.caption} onReset={onReset}>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(18rem,2fr)]">
        <div className="flex flex-col gap-3">
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
          <LiveSummary seg={seg} />
          <PainterLegend />
          <p className="text-sm opacity-80">{t.sceneNote}</p>
        </div>
        <PainterControls
          state={state}
          setState={setState}
          history={history}
          onPreset={(id) => history.change(encodeMask(presetPrediction(id, gt)))}
        />
      </div>
    </Figure>
  );
});
