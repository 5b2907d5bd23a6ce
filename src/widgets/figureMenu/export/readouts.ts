/** The current readouts of a figure as caption lines: every `[data-metric]` with its label and formatted value. */
import type { CaptionReadout } from './buildSvg';
import { collapseSpace } from './svgText';

/** What `readoutLine` reads of one readout element. */
export interface ReadoutParts {
  metric: string;
  subject?: string;
  cls?: string;
  model?: string;
  /** Text of its label element, if it has one. */
  label: string | null;
  /** Text of its value element, else its whole text. */
  value: string;
}

/**
 * The caption line of a readout: its label (else its metric id), with its
 * subject, class or model in brackets when the label does not say it already.
 */
export function readoutLine(parts: ReadoutParts): CaptionReadout {
  const label = collapseSpace(parts.label ?? '') || parts.metric;
  const context = [parts.subject, parts.cls, parts.model ? `model ${parts.model}` : undefined].filter(
    (c): c is string => !!c && !label.toLowerCase().includes(c.toLowerCase().replace(/-/g, ' ')),
  );
  return {
    label: context.length > 0 ? `${label} (${context.join(', ')})` : label,
    value: collapseSpace(parts.value),
  };
}

/** The caption lines of every readout inside `root`, in document order. */
export function figureReadouts(root: ParentNode): CaptionReadout[] {
  return [...root.querySelectorAll<HTMLElement>('[data-metric]')].map((el) => {
    const label = el.querySelector('.ba-readout__label');
    const value = el.querySelector('.ba-readout__value');
    return readoutLine({
      metric: el.dataset.metric ?? '',
      subject: el.dataset.subject,
      cls: el.dataset.class,
      model: el.dataset.model,
      label: label ? label.textContent : null,
      value: (value ?? el).textContent ?? '',
    });
  });
}
