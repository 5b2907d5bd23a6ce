/**
 * A Lab job's progress: while it runs, a labelled progress bar
 * (role="progressbar", the percentage and the job's own label as text) and a
 * Cancel button; afterwards, a one-line status (done, cancelled, failed)
 * in a live region, so screen readers hear how it ended.
 */
import { labText } from '../../../../i18n/lab';
import './labWidgets.css';
import type { LabJobStatus } from './labJobState';

/** Props of JobProgress. */
export interface JobProgressProps {
  /** The job's status, progress in [0, 1], label and last good result (a useLabJob state fits). */
  state: { status: LabJobStatus; progress: number; label: string; result?: unknown };
  /** What runs, for the names and the status line: "COCO evaluation". */
  what: string;
  /** Stops the job (useLabJob's cancel). */
  onCancel: () => void;
}

/** Progress bar and Cancel button of a running job, and how the last one ended. */
export function JobProgress({ state, what, onCancel }: JobProgressProps) {
  const t = labText.job;
  const percent = Math.round(Math.min(1, Math.max(0, state.progress)) * 100);
  const running = state.status === 'running';
  const kept = state.result !== undefined && state.result !== null ? ` ${t.kept}` : '';
  const ended =
    state.status === 'done'
      ? t.done(what)
      : state.status === 'cancelled'
        ? t.cancelled(what) + kept
        : state.status === 'error'
          ? t.failed(what) + kept
          : '';
  return (
    <div className="ba-lab-job" data-status={state.status}>
      {running ? (
        <div className="ba-lab-job__running">
          <div
            className="ba-lab-job__bar"
            role="progressbar"
            aria-label={t.progressName(what)}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t.progressText(percent, state.label)}
          >
            <div className="ba-lab-job__fill" style={{ width: `${percent}%` }} />
          </div>
          <p className="ba-lab-job__label">{t.progressText(percent, state.label)}</p>
          <button type="button" className="ba-button" aria-label={t.cancelName(what)} onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      ) : null}
      <p className="ba-lab-job__status" role="status">
        {running ? '' : ended}
      </p>
    </div>
  );
}
