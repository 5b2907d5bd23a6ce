/**
 * Figure `image-quality.blur-noise`: a blurred and a seeded noisy copy of one
 * photo side by side, opening on the matched pair (equal PSNR, shown under
 * each copy); MSE and SSIM stay covered until the reader votes (the vote is
 * part of the shared state, so a link with a vote shows them). "Match PSNR"
 * (bisection in the worker) re-matches after a change, and a loupe enlarges
 * the same region of the original and both copies.
 */
import { useEffect, useRef, useState } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { formatForPeople } from '../../../../widgets/format';
import { useMetricCommand } from '../../../../worker/useMetricCommand';
import { photoInfo } from '../../../../assets/photoCatalog';
import { iqText } from '../../../../i18n/imageQuality';
import { BLUR_RANGE, NOISE_GRID, NOISE_RANGE, SEED_MAX, blurNoiseWidget } from '../../state';
import { useCopy } from '../shared/useCopy';
import { PhotoPicker } from '../shared/PhotoPicker';
import { CopyPanel } from './CopyPanel';
import { VotePanel } from './VotePanel';
import { PSNR_TIE_DB, SSIM_TIE, preferred } from './preference';
import { photoArgs } from '../shared/photoArgs';
import { BlurNoiseLoupe, useLoupe } from './BlurNoiseLoupe';

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
  const { photo, blur, noise, seed, vote } = state;
  const info = photoInfo(photo) ?? { width: 512, height: 512, alt: '', file: 'astronaut.png', id: photo };
  const blurred = useCopy(photo, 'blur', blur);
  const noisy = useCopy(photo, 'noise', noise, seed);
  const revealed = state.revealed || vote !== 'none';
  const matchCommand = useMetricCommand('image_quality_match_noise');
  const matching = matchCommand.pending;
  const [note, setNote] = useState<MatchNote | null>(null);
  const loupe = useLoupe(photo, info);
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const fullReset = () => {
    reset();
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
  const psnrPrefers = preferred(blurred.value?.psnr, noisy.value?.psnr, PSNR_TIE_DB);
  const ssimPrefers = preferred(blurred.value?.ssim, noisy.value?.ssim, SSIM_TIE);
  const coverClass = revealed ? '' : 'iq-covered';
  const crop = { origin: loupe.origin, size: loupe.size };

  return (
    <Figure widget={blurNoiseWidget} caption={t.caption} onReset={fullReset} headingLevel={2}>
      <div className="iq-pair">
        <CopyPanel
          heading={t.blurred}
          copy={blurred}
          size={info}
          alt={t.blurredAlt(blur)}
          subject="blurred"
          coverClass={coverClass}
          crop={crop}
          canvasRef={loupe.refs.blurred}
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
          crop={crop}
          canvasRef={loupe.refs.noisy}
          slider={{
            label: t.noiseSlider,
            range: NOISE_RANGE,
            value: noise,
            onChange: (v) => setState({ noise: v }),
            format: t.noiseValue,
          }}
        >
          <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
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
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <PhotoPicker value={photo} onChange={(id) => setState({ photo: id })} />
        <button type="button" className="ba-button" onClick={() => void match()} disabled={matching}>
          {t.match}
        </button>
        <p className="m-0" role="status">
          {matching ? t.matching : noteValid ? note.text : ''}
        </p>
      </div>
      <BlurNoiseLoupe
        loupe={loupe}
        info={info}
        versions={{ blurred: blurred.value?.rgba, noisy: noisy.value?.rgba }}
      />
      <VotePanel
        vote={vote === 'none' ? null : vote}
        revealed={revealed}
        onVote={(v) => setState({ vote: v, revealed: true })}
        onReveal={() => setState({ revealed: true })}
        psnrPrefers={psnrPrefers}
        ssimPrefers={ssimPrefers}
      />
    </Figure>
  );
}
