/**
 * The three readouts under a copy: PSNR (dB), MSE and SSIM, all with the
 * same `data-subject`.
 */
import { ReadoutGrid, type ReadoutSpec } from '../../../../widgets/ReadoutGrid';
import type { MetricState } from '../../../../worker/protocol';
import { iqText } from '../../../../i18n/imageQuality';
import type { CopyResult } from '../../results';

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
  const readouts: ReadoutSpec[] = [
    { metric: 'psnr', value: value?.psnr, label: t.psnr, format: 'db' },
    ...(showMse
      ? [{ metric: 'mse', value: value?.mse, label: t.mse, format: 'number', digits: 2 } as const]
      : []),
    { metric: 'ssim.mssim', value: value?.ssim, label: t.ssim, format: 'fraction' },
  ];
  return (
    <ReadoutGrid
      className="grid grid-cols-[repeat(auto-fit,minmax(7.5rem,1fr))] gap-2"
      readouts={readouts}
      shared={{ subject, pending, error }}
    />
  );
}
