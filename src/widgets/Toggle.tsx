/**
 * A checkbox with its visible label (the checkbox's accessible name).
 * Controlled: the caller owns `checked`.
 */
import type { ReactNode } from 'react';

/** Props of Toggle. */
export interface ToggleProps {
  label: ReactNode;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  /** Extra classes of the label (margins, text size, weight). */
  className?: string;
}

/** A controlled checkbox with its label. */
export function Toggle({ label, checked, disabled, onChange, className = '' }: ToggleProps) {
  return (
    <label
      className={`inline-flex min-h-8 items-center gap-2 ${disabled ? 'cursor-not-allowed opacity-60' : 'cursor-pointer'} ${className}`}
    >
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.checked)}
        className="h-4 w-4"
      />
      {label}
    </label>
  );
}
