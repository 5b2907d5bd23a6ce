/**
 * Figure `image-quality.blur-noise`: one photo, a blurred copy and a seeded
 * noisy copy side by side, PSNR, MSE and SSIM under each, "Match PSNR"
 * (bisection in the worker) and the reader's vote, which uncovers the numbers.
 */
import { useEffect, useRef, useState } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { formatForPeople } from '../../../../widgets/format';
import { useMetricCommand } from '../../../../worker/useMetricCommand';
import { photoInfo, photoPath } from '../../../../assets/photoCatalog';
import { iqText } from '../../../../i18n/imageQuality';
import { BLUR_RANGE, NOISE_GRID, NOISE_RANGE, SEED_MAX, blurNoiseWidget } from '../../state';
import { useCopy } from '../shared/useCopy';
import { PhotoPicker } from '../shared/PhotoPicker';
import { CopyPanel } from './CopyPanel';
import { VotePanel, type Vote } from './VotePanel';
import { PSNR_TIE_DB, SSIM_TIE, preferred } from './preference';
import { photoArgs } from '../shared/photoArgs';

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
  const matchCommand = useMetricCommand('image_quality_match_noise');
  const matching = matchCommand.pending;
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
    const out = await matchCommand.run({ ...photoArgs(photo), blur, seed });
    const now = latest.current;
    // The reader changed the photo, blur or seed while the worker searched: that answer is stale.
    if (out.kind === 'superseded' || now.photo !== photo || now.blur !== blur || now.seed !== seed) return;
    if (out.kind === 'error') {
      setNote({ text: t.matchFailed(out.error), blur, noise, photo, error: true });
      return;
    }
    const m = out.value;
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
        <CopyPanel
          heading={t.blurred}
          copy={blurred}
          size={info}
          alt={t.blurredAlt(blur)}
          subject="blurred"
          coverClass={coverClass}
          slider={{
            label: t.blurSlider,
            range: BLUR_RANGE,
            value: blur,
            onChange: (v) => setState({ blur: v }),
            format: t.blurValue,
          }}
        />
        <CopyPanel
          heading={t.noisy}
          copy={noisy}
          size={info}
          alt={t.noisyAlt(noise)}
          subject="noisy"
          coverClass={coverClass}
          slider={{
            label: t.noiseSlider,
            range: NOISE_RANGE,
            value: noise,
            onChange: (v) => setState({ noise: v }),
            format: t.noiseValue,
          }}
        >
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
        </CopyPanel>
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
