/**
 * A labelled slider: a native `input type="range"` (keyboard support comes
 * with it) whose accessible name is its visible label, plus the current value
 * as people read it.
 */
import { useId } from 'react';
import { sliderText } from './sliderText';
import { snap } from '../lib/snap';

/** A slider's range: its ends and the step between values (default 1). */
export interface SliderRange {
  min: number;
  max: number;
  step?: number;
}

/** The range, given either as one `range` object or as `min`, `max` and `step`. */
export type SliderBounds =
  (SliderRange & { range?: never }) | { range: SliderRange; min?: never; max?: never; step?: never };

/** Props of Slider. */
export type SliderProps = SliderBounds & SliderBase;

/** Props of Slider apart from its range. */
export interface SliderBase {
  /** Visible label and accessible name, e.g. "Blur σ". */
  label: string;
  value: number;
  /** Called with the new value, already on the grid (`lib/snap`: 0.3, never 0.30000000000000004). */
  onChange: (value: number) => void;
  /** The value as people read it; also the `aria-valuetext`. Default: `digits` decimals, else `String(value)`. */
  format?: (value: number) => string;
  /** Decimals of the shown value when no `format` is given. */
  digits?: number;
  disabled?: boolean;
  /** Extra CSS classes of the wrapper. */
  classes?: string;
}

/** A native range input with a visible label and value. */
export function Slider(props: SliderProps) {
  const { label, value, onChange, format, digits, disabled, classes = '' } = props;
  const { min, max, step = 1 } = props.range ?? props;
  const id = useId();
  const text = sliderText(value, format, digits);
  return (
    <div className={`ba-slider ${classes}`}>
      <label htmlFor={id} className="ba-slider__label">
        {label}
      </label>
      <input
        id={id}
        type="range"
        className="ba-slider__input"
        min={min}
        max={max}
        step={step}
        value={value}
        disabled={disabled}
        aria-valuetext={text}
        onChange={(e) => onChange(snap(e.currentTarget.valueAsNumber, { min, max, step }))}
      />
      <output htmlFor={id} className="ba-slider__value" aria-live="off">
        {text}
      </output>
    </div>
  );
}
