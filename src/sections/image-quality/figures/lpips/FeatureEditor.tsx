/**
 * The editable toy features of one picture (3 channels at 2 x 2 positions)
 * as number fields, one small grid per channel.
 */
import { iqText } from '../../../../i18n/imageQuality';
import { FEATURE_RANGE } from '../../state';
import { LPIPS_CHANNELS, LPIPS_SIDE } from './lpipsPresets';
import { NumberField } from '../../../../widgets/NumberField';

/** Props of FeatureEditor. */
export interface FeatureEditorProps {
  picture: string;
  values: readonly number[];
  onChange: (values: number[]) => void;
}

/** Number fields for one picture's features. */
export function FeatureEditor({ picture, values, onChange }: FeatureEditorProps) {
  const t = iqText.lpips;
  return (
    <div className="flex flex-wrap gap-3" role="group" aria-label={picture}>
      {Array.from({ length: LPIPS_CHANNELS }, (_, c) => (
        <div key={c}>
          <p className="mt-0 mb-1 text-sm font-semibold">{t.channelNames[c]}</p>
          <div className="grid grid-cols-2 gap-1">
            {Array.from({ length: LPIPS_SIDE * LPIPS_SIDE }, (_, p) => {
              const i = c * LPIPS_SIDE * LPIPS_SIDE + p;
              return (
                <NumberField
                  key={p}
                  className="iq-feature-input"
                  rule={FEATURE_RANGE}
                  value={values[i] ?? 0}
                  label={t.feature(picture, t.channelNames[c] ?? '', t.positions[p] ?? '')}
                  onCommit={(v) => {
                    const next = [...values];
                    next[i] = v;
                    onChange(next);
                  }}
                />
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}
