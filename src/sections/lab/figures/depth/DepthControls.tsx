/**
 * The depth panel's settings: scale factor (with KITTI and NYU presets),
 * minimum and maximum depth, median scaling and the Garg/Eigen crop, each with its accessible
 * name, using the app's number field and toggle.
 */
import { NumberField } from '../../../../widgets/NumberField';
import { Toggle } from '../../../../widgets/Toggle';
import { labPixelsText } from '../../../../i18n/labPixels';
import type { DepthSettings } from '../../../../lab/depth/settings';
import { DEPTH_RULES, depthCapRules } from './state';

const t = labPixelsText.depth;
const field = 'w-28 rounded border border-border bg-bg px-2 py-1';

/** Props of DepthControls. */
export interface DepthControlsProps {
  settings: DepthSettings;
  onChange: (update: Partial<DepthSettings>) => void;
}

/** The depth settings as controls. */
export function DepthControls({ settings, onChange }: DepthControlsProps) {
  const caps = depthCapRules(settings);
  return (
    <fieldset className="ba-lab-depth__settings m-0 flex flex-col gap-3 rounded border border-border p-3">
      <legend className="px-1 font-semibold">{t.controlsLegend}</legend>
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <label className="flex max-w-72 flex-col gap-1">
          <span>{t.scale}</span>
          <NumberField
            label={t.scale}
            value={settings.scale}
            rule={DEPTH_RULES.scale}
            className={field}
            onCommit={(scale) => onChange({ scale })}
          />
          <span className="text-sm text-muted">{t.scaleHint}</span>
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.minDepth}</span>
          <NumberField
            label={t.minDepth}
            value={settings.minDepth}
            rule={caps.min}
            className={field}
            onCommit={(minDepth) => onChange({ minDepth })}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.maxDepth}</span>
          <NumberField
            label={t.maxDepth}
            value={settings.maxDepth}
            rule={caps.max}
            className={field}
            onCommit={(maxDepth) => onChange({ maxDepth })}
          />
        </label>
        <div className="flex flex-col gap-1">
          <span>{t.presets}</span>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="ba-button"
              onClick={() => onChange({ scale: 256, minDepth: 0.001, maxDepth: 80 })}
            >
              {t.kitti}
            </button>
            <button
              type="button"
              className="ba-button"
              onClick={() => onChange({ scale: 1000, minDepth: 0.001, maxDepth: 10 })}
            >
              {t.nyu}
            </button>
          </div>
        </div>
      </div>
      <p className="m-0 text-sm text-muted">{t.capsHint}</p>
      <Toggle
        label={t.medianScaling}
        checked={settings.medianScaling}
        onChange={(medianScaling) => onChange({ medianScaling })}
      />
      <Toggle
        label={t.gargCrop}
        checked={settings.gargCrop}
        onChange={(gargCrop) => onChange({ gargCrop })}
      />
    </fieldset>
  );
}
