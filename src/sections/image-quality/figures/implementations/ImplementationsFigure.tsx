/**
 * Figure `image-quality.implementations` ("Same data, different library"):
 * one photo's blurred and noisy copies scored by five SSIM settings people
 * actually use and by PSNR on RGB and on Y. One worker request
 * (`image_quality_implementations`) builds the copies, matches the noise when
 * asked and scores every variant.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { Toggle } from '../../../../widgets/Toggle';
import { useMetric } from '../../../../worker/useMetric';
import { iqText } from '../../../../i18n/imageQuality';
import { BLUR_RANGE, NOISE_GRID, NOISE_RANGE, implementationsWidget } from '../../state';
import { PhotoPicker } from '../shared/PhotoPicker';
import { photoArgs } from '../shared/photoArgs';
import { PSNR_TIE_DB, SSIM_TIE } from '../blur-noise/preference';
import { VariantTable } from './VariantTable';

const t = iqText.implementations;
const NOISE_SEED = 1;
/** Row order: the string catalogue's (the same ids as the worker's variants, checked in implementations.test.ts). */
const SSIM_IDS = Object.keys(t.ssimRows);
const PSNR_IDS = Object.keys(t.psnrRows);

/** The implementations figure. */
export function ImplementationsFigure() {
  const [state, setState] = useWidgetState(implementationsWidget);
  const { photo, blur, noise, matched } = state;
  const args = useMemo(
    () => ({ ...photoArgs(photo), blur, noise: matched ? null : noise, seed: NOISE_SEED }),
    [photo, blur, noise, matched],
  );
  const r = useMetric('image_quality_implementations', args);
  const used = r.value?.noise_sigma;
  const shownNoise = matched ? (used ?? noise) : noise;
  const onMatch = (on: boolean) => {
    if (on) setState({ matched: true });
    else {
      const onGrid = Number((Math.round(shownNoise / NOISE_GRID) * NOISE_GRID).toFixed(3));
      setState({ matched: false, noise: Math.min(NOISE_RANGE.max, onGrid) });
    }
  };
  return (
    <Figure widget={implementationsWidget} caption={t.caption}>
      <div className="mb-3 flex flex-wrap items-end gap-x-6 gap-y-2">
        <PhotoPicker value={photo} onChange={(id) => setState({ photo: id })} />
        <Slider
          label={t.blurSlider}
          range={BLUR_RANGE}
          value={blur}
          onChange={(v) => setState({ blur: v })}
          format={iqText.blurNoise.blurValue}
        />
        <Slider
          label={t.noiseSlider}
          range={NOISE_RANGE}
          value={shownNoise}
          onChange={(v) => setState({ noise: v, matched: false })}
          format={iqText.blurNoise.noiseValue}
        />
        <Toggle label={t.matchToggle} checked={matched} onChange={onMatch} />
      </div>
      <p className="mt-0 mb-3" role="status" data-noise-sigma={used ?? ''}>
        {used === undefined ? '' : t.noiseUsed(used, r.value?.matched ?? false)}
      </p>
      <VariantTable
        caption={t.ssimCaption}
        metric="ssim.mssim"
        ids={SSIM_IDS}
        texts={t.ssimRows}
        rows={r.value?.ssim}
        pending={r.pending}
        error={r.error}
        tie={SSIM_TIE}
      />
      <VariantTable
        caption={t.psnrCaption}
        metric="psnr"
        ids={PSNR_IDS}
        texts={t.psnrRows}
        rows={r.value?.psnr}
        pending={r.pending}
        error={r.error}
        tie={PSNR_TIE_DB}
      />
    </Figure>
  );
}
