/**
 * Pure core of the RadioGroup widget: building its options from a list of
 * values, and the layout classes of the group.
 */
import type { ReactNode } from 'react';

/** One option of a RadioGroup: its value, visible label (the radio's name) and whether it is off. */
export interface RadioOption<T extends string | number> {
  value: T;
  label: ReactNode;
  disabled?: boolean;
}

/** How a group lays out its options. */
export type ChoiceLayout = 'row' | 'column';

/**
 * The options of `values`, in order, labelled by `labelOf` and disabled where
 * `disabledOf` says so. Throws on a repeated value (two radios with one value
 * could not be told apart).
 */
export function optionsOf<T extends string | number>(
  values: readonly T[],
  labelOf: (value: T, index: number) => ReactNode,
  disabledOf?: (value: T) => boolean,
): RadioOption<T>[] {
  if (new Set(values).size !== values.length) throw new Error('optionsOf: repeated value');
  return values.map((value, i) => {
    const option: RadioOption<T> = { value, label: labelOf(value, i) };
    if (disabledOf?.(value)) option.disabled = true;
    return option;
  });
}

/** Classes of the element that holds the options. */
export function groupLayoutClass(layout: ChoiceLayout): string {
  return layout === 'column' ? 'flex flex-col gap-1' : 'flex flex-wrap gap-x-4 gap-y-1';
}
