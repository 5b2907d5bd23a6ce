/**
 * The SSIM settings of the image-pair panel: data range, window (uniform or
 * Gaussian), window size, K1, K2 and sample covariance, each with its
 * accessible name, using the app's number field, radio group and toggle.
 */
import { NumberField } from '../../../../widgets/NumberField';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { Toggle } from '../../../../widgets/Toggle';
import { labPixelsText } from '../../../../i18n/labPixels';
import type { ImagePairSettings } from '../../../../lab/imagePair/settings';
import { IMAGE_PAIR_RULES } from './state';

const t = labPixelsText.imagePair;
const field = 'w-24 rounded border border-border bg-bg px-2 py-1';

/** Props of ImagePairControls. */
export interface ImagePairControlsProps {
  settings: ImagePairSettings;
  onChange: (update: Partial<ImagePairSettings>) => void;
}

/** The SSIM settings as controls. */
export function ImagePairControls({ settings, onChange }: ImagePairControlsProps) {
  return (
    <fieldset className="ba-lab-pair__settings m-0 flex flex-col gap-3 rounded border border-border p-3">
      <legend className="px-1 font-semibold">{t.controlsLegend}</legend>
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3">
        <label className="flex flex-col gap-1">
          <span>{t.dataRange}</span>
          <NumberField
            label={t.dataRange}
            value={settings.dataRange}
            rule={IMAGE_PAIR_RULES.dataRange}
            className={field}
            onCommit={(dataRange) => onChange({ dataRange })}
          />
          <span className="text-sm text-muted">{t.dataRangeHint}</span>
        </label>
        <RadioGroup
          legend={t.window}
          value={settings.gaussian ? 'gaussian' : 'uniform'}
          options={[
            { value: 'uniform', label: t.uniform },
            { value: 'gaussian', label: t.gaussian },
          ]}
          onChange={(v) => onChange({ gaussian: v === 'gaussian' })}
        />
        <label className="flex max-w-64 flex-col gap-1">
          <span>{t.winSize}</span>
          <NumberField
            label={t.winSize}
            value={settings.winSize}
            rule={IMAGE_PAIR_RULES.winSize}
            className={field}
            onCommit={(winSize) => onChange({ winSize })}
          />
          <span className="text-sm text-muted">{t.winSizeHint}</span>
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.k1}</span>
          <NumberField
            label={t.k1}
            value={settings.K1}
            rule={IMAGE_PAIR_RULES.K}
            className={field}
            onCommit={(K1) => onChange({ K1 })}
          />
        </label>
        <label className="flex flex-col gap-1">
          <span>{t.k2}</span>
          <NumberField
            label={t.k2}
            value={settings.K2}
            rule={IMAGE_PAIR_RULES.K}
            className={field}
            onCommit={(K2) => onChange({ K2 })}
          />
        </label>
      </div>
      <Toggle
        label={t.sampleCovariance}
        checked={settings.sampleCovariance}
        onChange={(sampleCovariance) => onChange({ sampleCovariance })}
      />
    </fieldset>
  );
}
