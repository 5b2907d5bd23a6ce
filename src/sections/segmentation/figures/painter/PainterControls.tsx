/**
 * The painter's controls: the preset predictions (kept next to the picture
 * and the scores), and the tools: tool, brush class and size, undo and redo,
 * the overlays.
 */
import { segmentationText } from '../../../../i18n/segmentation';
import { BUTTON_CLASS } from '../../../../widgets/classes';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { Slider } from '../../../../widgets/Slider';
import { Swatch } from '../../../../widgets/Swatch';
import { Toggle } from '../../../../widgets/Toggle';
import type { PaintHistory } from '../../../../widgets/painter/usePaintHistory';
import type { WidgetStateDescriptor, WidgetUpdate } from '../../../../state/widgetState';
import { CLASS_NAMES, CLASS_RGB } from '../../../../scenes/segmentation/classes';
import { PRESET_IDS, type PresetId } from '../../../../scenes/segmentation/presets';
import { BRUSH_SIZE, type painterWidget } from '../../state';

const t = segmentationText.painter;

/** The painter's widget state. */
export type PainterState = typeof painterWidget extends WidgetStateDescriptor<infer T> ? T : never;

/** Props of PainterControls. */
export interface PainterControlsProps {
  state: PainterState;
  setState: (update: WidgetUpdate<PainterState>) => void;
  history: PaintHistory;
}

/** Props of PainterPresets. */
export interface PainterPresetsProps {
  /** The preset whose prediction is shown right now, if any. */
  active: PresetId | null;
  onPreset: (id: PresetId) => void;
}

/** The preset buttons; the one shown right now is pressed. */
export function PainterPresets({ active, onPreset }: PainterPresetsProps) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 font-semibold">{t.presets}</legend>
      <div className="flex flex-wrap gap-2">
        {PRESET_IDS.map((id) => (
          <button
            key={id}
            type="button"
            className={BUTTON_CLASS}
            aria-pressed={active === id}
            onClick={() => onPreset(id)}
          >
            {t.presetNames[id]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

const CLASS_OPTIONS = CLASS_NAMES.map((name, id) => ({
  value: name,
  label: (
    <>
      <Swatch rgb={id === 0 ? [120, 120, 120] : CLASS_RGB[id]!} />
      {segmentationText.classNames[name]}
    </>
  ),
}));
const TOOL_OPTIONS = (['brush', 'eraser', 'fill'] as const).map((v) => ({ value: v, label: t.tools[v] }));

/** The painting tools and overlays of the painter figure. */
export function PainterControls({ state, setState, history }: PainterControlsProps) {
  return (
    <div className="seg-tools flex flex-col gap-4">
      <RadioGroup
        legend={t.tool}
        name="segmentation-tool"
        value={state.tool}
        options={TOOL_OPTIONS}
        onChange={(tool) => setState({ tool })}
      />
      <RadioGroup
        legend={t.brushClass}
        name="segmentation-brush-class"
        value={state.cls}
        options={CLASS_OPTIONS}
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
        <Toggle label={t.truth} checked={state.showTruth} onChange={(showTruth) => setState({ showTruth })} />
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
            onChange={(e) => setState({ errorClass: e.target.value as PainterState['errorClass'] })}
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
      <p className="m-0 text-sm opacity-80">{t.keyboard}</p>
    </div>
  );
}
