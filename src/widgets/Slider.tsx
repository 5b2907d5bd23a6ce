/**
 * A labelled slider: a native `input type="range"` (keyboard support comes
 * with it) whose accessible name is its visible label, plus the current value
 * as people read it.
 */
import { useId } from 'react';
import { sliderText } from './sliderText';

/** Props of Slider. */
export interface SliderProps {
  /** Visible label and accessible name, e.g. "Blur σ". */
  label: string;
  value: number;
  min: number;
  max: number;
  /** Step between values; default 1. */
  step?: number;
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
  const { label, value, min, max, step = 1, onChange, format, digits, disabled, classes = '' } = props;
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
        onChange={(e) => onChange(e.currentTarget.valueAsNumber)}
      />
      <output htmlFor={id} className="ba-slider__value" aria-live="off">
        {text}
      </output>
    </div>
  );
}
