/**
 * Figure `image-quality.blur-noise`: one photo, a blurred copy and a seeded
 * noisy copy side by side, PSNR, MSE and SSIM under each, "Match PSNR"
 * (bisection in the worker) and the reader's vote, which uncovers the numbers.
 */
import { useEffect, useRef, useState } from 'react';
import { useWidgetState } from '../../state/useWidgetState';
import { Figure } from '../../widgets/Figure';
import { Slider } from '../../widgets/Slider';
import { formatForPeople } from '../../widgets/format';
import { getMetricClient } from '../../worker/browserWorker';
import { photoInfo, photoPath } from '../../worker/photoCatalog';
import { iqText } from '../../i18n/imageQuality';
import { BLUR_RANGE, NOISE_GRID, NOISE_RANGE, SEED_MAX, blurNoiseWidget } from './iqState';
import { useCopy } from './useCopy';
import { PhotoCanvas } from './PhotoCanvas';
import { PhotoPicker } from './PhotoPicker';
import { CopyReadouts } from './CopyReadouts';
import { VotePanel, type Vote } from './VotePanel';
import { PSNR_TIE_DB, SSIM_TIE, preferred } from './preference';
import { photoArgs } from './photoArgs';
import { snap } from './snap';
import type { MatchResult } from './resultTypes';

const t = iqText.blurNoise;

/** A status line about the last "Match PSNR", valid only for the settings it was made for. */
interface MatchNote {
  text: string;
  blur: number;
  noise: number;
  photo: string;
  error: boolean;
}

/** The blurry-versus-noisy figure. */
export function BlurNoiseFigure() {
  const [state, setState, reset] = useWidgetState(blurNoiseWidget);
  const { photo, blur, noise, seed } = state;
  const info = photoInfo(photo) ?? { width: 512, height: 512, alt: '', file: 'astronaut.png', id: photo };
  const blurred = useCopy(photo, 'blur', blur);
  const noisy = useCopy(photo, 'noise', noise, seed);
  const [vote, setVote] = useState<Vote | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [matching, setMatching] = useState(false);
  const [note, setNote] = useState<MatchNote | null>(null);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const fullReset = () => {
    reset();
    setVote(null);
    setRevealed(false);
    setNote(null);
  };

  const match = async () => {
    setMatching(true);
    const out = await getMetricClient().request('image-quality.match', 'image_quality_match_noise', {
      ...photoArgs(photo),
      blur,
      seed,
    });
    setMatching(false);
    const now = latest.current;
    // The reader changed the photo, blur or seed while the worker searched: that answer is stale.
    if (out.kind === 'superseded' || now.photo !== photo || now.blur !== blur || now.seed !== seed) return;
    if (out.kind === 'error') {
      setNote({ text: t.matchFailed(out.error), blur, noise, photo, error: true });
      return;
    }
    const m = out.value as MatchResult;
    const sigma = Math.min(NOISE_RANGE.max, Math.round(m.sigma / NOISE_GRID) * NOISE_GRID);
    const next = Number(sigma.toFixed(3));
    setState({ noise: next });
    const text = !Number.isFinite(m.target_psnr)
      ? t.matchedInfinite
      : m.matched
        ? t.matched(next, formatForPeople(m.target_psnr, 'db'))
        : t.unmatched(NOISE_RANGE.max);
    setNote({ text, blur, noise: next, photo, error: false });
  };

  const noteValid = note && note.blur === blur && note.noise === noise && note.photo === photo;
  const covered = !revealed;
  const psnrPrefers = preferred(blurred.value?.psnr, noisy.value?.psnr, PSNR_TIE_DB);
  const ssimPrefers = preferred(blurred.value?.ssim, noisy.value?.ssim, SSIM_TIE);
  const coverClass = covered ? 'iq-covered' : '';

  return (
    <Figure widget={blurNoiseWidget} caption={t.caption} onReset={fullReset}>
      <div className="mb-3 flex flex-wrap items-center gap-4">
        <PhotoPicker value={photo} onChange={(id) => setState({ photo: id })} />
      </div>
      <div className="grid gap-4 lg:grid-cols-3">
        <div>
          <h4 className="mt-0 mb-2 text-base font-semibold">{t.original}</h4>
          <img
            src={photoPath(info)}
            width={info.width}
            height={info.height}
            alt={info.alt}
            className="block h-auto w-full rounded border border-border"
          />
        </div>
        <div>
          <h4 className="mt-0 mb-2 text-base font-semibold">{t.blurred}</h4>
          <PhotoCanvas
            rgba={blurred.value?.rgba}
            width={blurred.value?.width ?? info.width}
            height={blurred.value?.height ?? info.height}
            alt={t.blurredAlt(blur)}
            kind="blurred"
            pending={blurred.pending}
          />
          <Slider
            label={t.blurSlider}
            min={BLUR_RANGE.min}
            max={BLUR_RANGE.max}
            step={BLUR_RANGE.step}
            value={blur}
            onChange={(v) => setState({ blur: snap(v, BLUR_RANGE.step) })}
            format={t.blurValue}
            classes="mt-2"
          />
          <div className={`mt-2 ${coverClass}`}>
            <CopyReadouts result={blurred} subject="blurred" />
          </div>
        </div>
        <div>
          <h4 className="mt-0 mb-2 text-base font-semibold">{t.noisy}</h4>
          <PhotoCanvas
            rgba={noisy.value?.rgba}
            width={noisy.value?.width ?? info.width}
            height={noisy.value?.height ?? info.height}
            alt={t.noisyAlt(noise)}
            kind="noisy"
            pending={noisy.pending}
          />
          <Slider
            label={t.noiseSlider}
            min={NOISE_RANGE.min}
            max={NOISE_RANGE.max}
            step={NOISE_RANGE.step}
            value={noise}
            onChange={(v) => setState({ noise: snap(v, NOISE_RANGE.step) })}
            format={t.noiseValue}
            classes="mt-2"
          />
          <div className={`mt-2 ${coverClass}`}>
            <CopyReadouts result={noisy} subject="noisy" />
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <button
              type="button"
              className="ba-button"
              onClick={() => setState({ seed: 1 + Math.floor(Math.random() * (SEED_MAX - 1)) })}
            >
              {t.newNoise}
            </button>
            <span className="text-muted" data-seed={seed}>
              {t.seed(seed)}
            </span>
          </div>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="button" className="ba-button" onClick={() => void match()} disabled={matching}>
          {t.match}
        </button>
        <p className="m-0" role="status">
          {matching ? t.matching : noteValid ? note.text : ''}
        </p>
      </div>
      <VotePanel
        vote={vote}
        revealed={revealed}
        onVote={(v) => {
          setVote(v);
          setRevealed(true);
        }}
        onReveal={() => setRevealed(true)}
        psnrPrefers={psnrPrefers}
        ssimPrefers={ssimPrefers}
      />
    </Figure>
  );
}
