/**
 * "Which looks better?": the reader votes (or presses Reveal) before MSE
 * and SSIM are shown; then the panel says which copy PSNR and SSIM prefer.
 */
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { iqText } from '../../../../i18n/imageQuality';
import type { Preference } from './preference';
import type { VoteState } from '../../state';

/** The reader's vote. */
export type Vote = Exclude<VoteState, 'none'>;

/** Props of VotePanel. */
export interface VotePanelProps {
  vote: Vote | null;
  revealed: boolean;
  onVote: (vote: Vote) => void;
  onReveal: () => void;
  psnrPrefers: Preference | undefined;
  ssimPrefers: Preference | undefined;
}

const t = iqText.blurNoise.vote;
const VOTES: readonly Vote[] = ['blurred', 'noisy', 'same'];

function prefText(p: Preference | undefined): string {
  if (p === undefined) return iqText.fool.table.waiting;
  return p === 'tie' ? t.tie : p === 'blurred' ? t.blurredShort : t.noisyShort;
}

/** The vote, the Reveal button, and what the metrics prefer once revealed. */
export function VotePanel({ vote, revealed, onVote, onReveal, psnrPrefers, ssimPrefers }: VotePanelProps) {
  return (
    <div className="mt-3 rounded-lg border border-border bg-bg p-3">
      <RadioGroup
        roomy
        legend={t.legend}
        value={vote}
        options={optionsOf(VOTES, (v) => t[v])}
        onChange={onVote}
      />
      {revealed ? (
        <p className="mt-2 mb-0" role="status">
          {vote ? `${t.youChose(t[vote].toLowerCase())} ` : ''}
          {t.psnrPrefers(prefText(psnrPrefers))} {t.ssimPrefers(prefText(ssimPrefers))}
        </p>
      ) : (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="button" className="ba-button" onClick={onReveal}>
            {t.reveal}
          </button>
          <span className="text-muted">{t.covered}</span>
        </div>
      )}
    </div>
  );
}
