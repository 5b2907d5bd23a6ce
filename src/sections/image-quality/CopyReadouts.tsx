/**
 * The three readouts under a copy: PSNR (dB), MSE and SSIM, all with the
 * same `data-subject`.
 */
import { MetricReadout } from '../../widgets/MetricReadout';
import type { MetricState } from '../../worker/protocol';
import { iqText } from '../../i18n/imageQuality';
import type { CopyResult } from './results';

/** Props of CopyReadouts. */
export interface CopyReadoutsProps {
  result: MetricState<Pick<CopyResult, 'psnr' | 'mse' | 'ssim'>>;
  subject: string;
  /** Show MSE too (default true). */
  showMse?: boolean;
}

/** PSNR, MSE and SSIM of one copy. */
export function CopyReadouts({ result, subject, showMse = true }: CopyReadoutsProps) {
  const { value, pending, error } = result;
  const t = iqText.readouts;
  return (
    <div className="grid grid-cols-[repeat(auto-fit,minmax(7.5rem,1fr))] gap-2">
      <MetricReadout
        metric="psnr"
        subject={subject}
        value={value?.psnr}
        pending={pending}
        error={error}
        label={t.psnr}
        format="db"
      />
      {showMse ? (
        <MetricReadout
          metric="mse"
          subject={subject}
          value={value?.mse}
          pending={pending}
          error={error}
          label={t.mse}
          format="number"
          digits={2}
        />
      ) : null}
      <MetricReadout
        metric="ssim.mssim"
        subject={subject}
        value={value?.ssim}
        pending={pending}
        error={error}
        label={t.ssim}
        format="fraction"
      />
    </div>
  );
}
