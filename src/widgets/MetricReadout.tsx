/**
 * The one component that shows a metric value (DESIGN.md, "Readouts"). It
 * carries the machine-readable contract (`data-metric`, `data-value`,
 * `data-subject`, `data-class`, `aria-busy`) and shows people the rounded
 * value, "undefined (0/0)" with a reason, or the error message. For a few
 * seconds after a hung worker was restarted it carries `data-restarted` and
 * says so in a visible line.
 */
import type { ReactNode } from 'react';
import { readoutView, type ReadoutFormat } from './format';
import { messages } from '../i18n/messages';
import { useWorkerRestartNotice } from '../worker/useMetric';

/** Props of MetricReadout. */
export interface MetricReadoutProps {
  /** Metric id of FORMAT.md or `<id>.<field>` (e.g. `segmentation.iou`); becomes `data-metric`. */
  metric: string;
  /** The result: a number, null when undefined (0/0), undefined before the first result. */
  value: number | null | undefined;
  /** The newest request's error message; shown instead of the value (data-value `error`). */
  error?: string | null;
  /** True while a newer request computes: keeps the last value and sets `aria-busy="true"`. */
  pending?: boolean;
  /** `data-subject` when a figure shows the same metric for several things (`small`, `large`...). */
  subject?: string;
  /** The class name of a per-class value (`background`, `car`...); becomes `data-class`, not a CSS class. */
  className?: string;
  /** What the number is, as people read it ("IoU", "Pixel accuracy"). */
  label: ReactNode;
  /** How to show the value to people. */
  format: ReadoutFormat;
  /** Digits after the decimal point on screen (defaults per format). */
  digits?: number;
  /** One line saying why the value is undefined here (replaces the generic 0/0 reason). */
  undefinedReason?: string;
  /**
   * Extra `data-*` attributes that tell apart readouts of the same metric and subject, e.g.
   * `{ joint: 'hip', similarity: '0.5' }` becomes `data-joint="hip" data-similarity="0.5"`.
   */
  data?: Readonly<Record<string, string>>;
  /** A headline number: sets `data-headline`, so a presentation slide shows it large. */
  headline?: boolean;
}

/** Shows one metric value with the readout contract attributes. */
export function MetricReadout(props: MetricReadoutProps) {
  const {
    metric,
    value,
    error,
    pending,
    subject,
    className,
    label,
    format,
    digits,
    undefinedReason,
    data,
    headline,
  } = props;
  const extra = Object.fromEntries(Object.entries(data ?? {}).map(([k, v]) => [`data-${k}`, v]));
  const view = readoutView(value, error, format, digits, undefinedReason);
  const restarted = useWorkerRestartNotice();
  const tone =
    view.dataValue === 'error'
      ? 'ba-readout--error'
      : view.dataValue === 'undefined'
        ? 'ba-readout--undef'
        : '';
  return (
    <div
      {...extra}
      className={`ba-readout ${tone}`}
      data-metric={metric}
      data-value={view.dataValue}
      data-subject={subject}
      data-class={className}
      aria-busy={pending ? 'true' : undefined}
      data-restarted={restarted ? 'true' : undefined}
      data-headline={headline ? '' : undefined}
    >
      <span className="ba-readout__label">{label}</span>
      <span className="ba-readout__value">{view.text}</span>
      {view.reason ? <span className="ba-readout__reason">{view.reason}</span> : null}
      {restarted ? <span className="ba-readout__restarted">{messages.readout.restarted}</span> : null}
    </div>
  );
}
