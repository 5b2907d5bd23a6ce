/**
 * A fieldset of native radio buttons (arrow keys move the choice, as browsers
 * do for radios) whose legend is the group's accessible name and whose
 * visible option labels are the radios' names. Controlled: the caller owns
 * the value.
 */
import { useId, type ReactNode } from 'react';
import { groupLayoutClass, type ChoiceLayout, type RadioOption } from './choices';

export type { RadioOption } from './choices';

/** Props of RadioGroup. */
export interface RadioGroupProps<T extends string | number> {
  /** Visible legend and the group's accessible name. */
  legend: string;
  /** The chosen value; null when none is chosen yet. */
  value: T | null;
  options: readonly RadioOption<T>[];
  onChange: (value: T) => void;
  /** The radios' shared `name`; a unique one by default. */
  name?: string;
  /** `row` wraps the options on one line (default), `column` stacks them. */
  layout?: ChoiceLayout;
  /** Extra classes of the fieldset (margins). */
  className?: string;
  /** Larger touch targets (44 px rows). */
  roomy?: boolean;
  /** Shown under the options, e.g. why one is disabled. */
  children?: ReactNode;
}

/** A controlled radio group with a visible legend. */
export function RadioGroup<T extends string | number>(props: RadioGroupProps<T>) {
  const { legend, value, options, onChange, layout = 'row', className = '', roomy = false, children } = props;
  const fallbackName = useId();
  const name = props.name ?? fallbackName;
  return (
    <fieldset className={`m-0 flex flex-col gap-1 border-0 p-0 ${className}`}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <div className={groupLayoutClass(layout)}>
        {options.map((o) => (
          <label
            key={String(o.value)}
            className={`inline-flex ${roomy ? 'min-h-11' : 'min-h-8'} items-center gap-2 ${o.disabled ? 'cursor-not-allowed opacity-60' : 'cursor-pointer'}`}
          >
            <input
              type="radio"
              name={name}
              value={String(o.value)}
              checked={o.value === value}
              disabled={o.disabled}
              onChange={() => onChange(o.value)}
              className="h-4 w-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  );
}
