/**
 * Figure `segmentation.painter`: the street scene and the reader's painted
 * prediction, with brush, eraser, flood fill, undo / redo, overlays and the
 * five preset models.
 */
import { useCallback, useMemo } from 'react';
import { useWidgetState } from '../../../state/useWidgetState';
import { Figure } from '../../../widgets/Figure';
import { Slider } from '../../../widgets/Slider';
import { segmentationText } from '../../../i18n/segmentation';
import { CLASS_ID, CLASS_NAMES, CLASS_RGB, NUM_CLASSES, SCENE_HEIGHT, SCENE_WIDTH } from '../classes';
import { ERROR_RGB, type OverlayOptions } from '../compose';
import { decodeMask, encodeMask } from '../maskCodec';
import { PRESET_IDS, presetPrediction } from '../presets';
import { BRUSH_SIZE, DEFAULT_MASK, painterWidget } from '../state';
import { PaintCanvas } from './PaintCanvas';
import { BUTTON_CLASS, RadioGroup, Swatch, Toggle } from './controls';
import { usePainterHistory } from './usePainterHistory';
import { LiveSummary } from './LiveSummary';
import type { MetricView, SegmentationResult } from '../resultTypes';

const t = segmentationText.painter;

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

/** The painter figure. */
export function PainterFigure({ gt, photo, onLive, seg }: PainterFigureProps) {
  const [state, setState, reset] = useWidgetState(painterWidget);
  const applyMask = useCallback((mask: string) => setState({ mask }), [setState]);
  const history = usePainterHistory(state.mask, applyMask);
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

  const classOptions = CLASS_NAMES.map((name, id) => ({
    value: name,
    label: (
      <>
        <Swatch rgb={id === 0 ? [120, 120, 120] : CLASS_RGB[id]!} />
        {segmentationText.classNames[name]}
      </>
    ),
  }));

  return (
    <Figure widget={painterWidget} caption={t.caption} onReset={onReset}>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(18rem,2fr)]">
        <div className="flex flex-col gap-3">
          <PaintCanvas
            committed={committed}
            gt={gt}
            photo={photo}
            overlays={overlays}
            tool={state.tool}
            cls={CLASS_ID[state.cls]}
            size={state.size}
            onCommit={(next) => history.change(encodeMask(next))}
            onLive={onLive}
            onUndo={history.undo}
            onRedo={history.redo}
          />
          <LiveSummary seg={seg} />
          <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <span className="font-semibold">{t.legendClasses}:</span>
            <span className="inline-flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-4 w-4 border-2 border-black bg-white" />{' '}
              {t.legendTruth}
            </span>
            {CLASS_NAMES.slice(1).map((name) => (
              <span key={name} className="inline-flex items-center gap-1">
                <Swatch rgb={CLASS_RGB[CLASS_ID[name]]!} /> {segmentationText.classNames[name]}
              </span>
            ))}
          </div>
          <div className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <span className="font-semibold">{t.legendErrors}:</span>
            <span className="inline-flex items-center gap-1">
              <Swatch rgb={ERROR_RGB[1]!} /> {t.tp}
            </span>
            <span className="inline-flex items-center gap-1">
              <Swatch rgb={ERROR_RGB[2]!} /> {t.fp}
            </span>
            <span className="inline-flex items-center gap-1">
              <Swatch rgb={ERROR_RGB[3]!} hatched /> {t.fn}
            </span>
          </div>
          <p className="text-sm opacity-80">{t.sceneNote}</p>
        </div>
        <div className="flex flex-col gap-4">
          <RadioGroup
            legend={t.tool}
            name="segmentation-tool"
            value={state.tool}
            options={(['brush', 'eraser', 'fill'] as const).map((v) => ({ value: v, label: t.tools[v] }))}
            onChange={(tool) => setState({ tool })}
          />
          <RadioGroup
            legend={t.brushClass}
            name="segmentation-brush-class"
            value={state.cls}
            options={classOptions}
            onChange={(cls) => setState({ cls })}
          />
          <Slider
            label={t.brushSize}
            min={BRUSH_SIZE.min}
            max={BRUSH_SIZE.max}
            step={1}
            value={state.size}
            onChange={(size: number) => setState({ size })}
          />
          <div className="flex flex-wrap gap-2">
            <button type="button" className={BUTTON_CLASS} onClick={history.undo} disabled={!history.canUndo}>
              {t.undo}
            </button>
            <button type="button" className={BUTTON_CLASS} onClick={history.redo} disabled={!history.canRedo}>
              {t.redo}
            </button>
          </div>
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 font-semibold">{t.overlays}</legend>
            <Toggle
              label={t.truth}
              checked={state.showTruth}
              onChange={(showTruth) => setState({ showTruth })}
            />
            <Toggle
              label={t.prediction}
              checked={state.showPrediction}
              onChange={(showPrediction) => setState({ showPrediction })}
            />
            <Toggle
              label={t.errors}
              checked={state.showErrors}
              onChange={(showErrors) => setState({ showErrors })}
            />
            <label className="flex flex-wrap items-center gap-2">
              {t.errorClass}
              <select
                value={state.errorClass}
                onChange={(e) => setState({ errorClass: e.target.value as typeof state.errorClass })}
                className="ba-select rounded border border-current/40 px-2 py-1"
              >
                <option value="all">{t.allClasses}</option>
                {CLASS_NAMES.map((name) => (
                  <option key={name} value={name}>
                    {segmentationText.classNames[name]}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
          <fieldset className="flex flex-col gap-1">
            <legend className="mb-1 font-semibold">{t.presets}</legend>
            <div className="flex flex-wrap gap-2">
              {PRESET_IDS.map((id) => (
                <button
                  key={id}
                  type="button"
                  className={BUTTON_CLASS}
                  onClick={() => history.change(encodeMask(presetPrediction(id, gt)))}
                >
                  {t.presetNames[id]}
                </button>
              ))}
            </div>
          </fieldset>
        </div>
      </div>
    </Figure>
  );
}
