/**
 * A labelled drop-down list: the label and the `<select>` side by side,
 * wrapping on narrow screens.
 */
import { useId, type ReactNode } from 'react';

/** Props of Select. */
export interface SelectProps<T extends string> {
  /** Visible label, tied to the select with htmlFor (its accessible name). */
  label: ReactNode;
  value: T;
  /** The values, in order. */
  values: readonly T[];
  /** The visible text of one value's option. */
  labelOf: (value: T) => ReactNode;
  onChange: (value: T) => void;
}

/** A `<select>` of `values` with its label; `onChange` receives one of `values`. */
export function Select<T extends string>({ label, value, values, labelOf, onChange }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        className="ba-select min-h-11 rounded border border-border bg-bg px-2 text-fg"
        value={value}
        onChange={(e) => {
          const next = values.find((v) => v === e.currentTarget.value);
          if (next !== undefined) onChange(next);
        }}
      >
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
