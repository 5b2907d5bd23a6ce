/**
 * Small form controls of the painter figure: a radio group and a checkbox
 * with visible labels (their accessible names), and a colour swatch.
 */
import type { ReactNode } from 'react';

/** Classes of the section's buttons (the shell's `ba-button` plus a visible frame in both themes). */
export const BUTTON_CLASS =
  'ba-button min-h-9 rounded border border-current/40 px-3 py-1 hover:bg-current/10 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * Classes of a grid of readout cards (add `grid-cols-N`): the cards may shrink below their usual
 * minimum width, and on phones they get a smaller number, so three fit side by side.
 */
export const READOUT_GRID = 'ba-readouts-tight grid gap-2 sm:gap-3';

/** One option of a RadioGroup. */
export interface RadioOption<T extends string> {
  value: T;
  label: ReactNode;
}

/** A fieldset of radio buttons; the legend is the group's accessible name. */
export function RadioGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
}) {
  const { legend, name, value, options, onChange } = props;
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-8 cursor-pointer items-center gap-2">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
              className="h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** A checkbox with its label. */
export function Toggle(props: {
  label: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label
      className={`inline-flex min-h-8 items-center gap-2 ${props.disabled ? 'cursor-not-allowed opacity-60' : 'cursor-pointer'}`}
    >
      <input
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
        className="h-4 w-4"
      />
      {props.label}
    </label>
  );
}

/** A small square of colour (decorative: the text next to it names the colour's meaning). */
export function Swatch({ rgb, hatched = false }: { rgb: readonly number[]; hatched?: boolean }) {
  const colour = `rgb(${rgb[0]}, ${rgb[1]}, ${rgb[2]})`;
  return (
    <span
      aria-hidden="true"
      className="inline-block h-4 w-4 shrink-0 rounded-sm border border-black/40"
      style={{
        background: hatched ? `repeating-linear-gradient(45deg, ${colour} 0 3px, #ffffff 3px 5px)` : colour,
      }}
    />
  );
}
