/**
 * The one number input of the app. It keeps exactly the text the reader is
 * typing (select-all and Backspace leave it empty, "0.45" stays "0.45") and
 * reads it only on commit: Enter, leaving the field, or an arrow key. Text
 * that is not a number in range and on the step grid is never applied: the
 * field keeps it, marks itself invalid and says why in an inline message;
 * Escape goes back to the current value. Arrow keys move one step (Shift:
 * ten). The rules live in `numberFieldText.ts`.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { messages } from '../i18n/messages';
import {
  formatNumber,
  parseNumberText,
  stepValue,
  type NumberRule,
  type NumberTextProblem,
} from './numberFieldText';

/** Props of NumberField. */
export interface NumberFieldProps {
  /** The current (committed) value. */
  value: number;
  rule: NumberRule;
  /** Accessible name ("Score of prediction 1"). */
  label: string;
  /** Called with a valid, in-range, on-grid value the reader committed. */
  onCommit: (value: number) => void;
  /** Classes of the input. */
  className?: string;
}

function problemText(problem: NumberTextProblem, rule: NumberRule): string {
  const t = messages.numberField;
  switch (problem) {
    case 'empty':
      return t.empty;
    case 'not-a-number':
      return t.notANumber;
    case 'out-of-range':
      return t.outOfRange(formatNumber(rule.min, rule), formatNumber(rule.max, rule));
    case 'off-step':
      return t.offStep(String(rule.step));
  }
}

/** A text field for one number with commit-time validation and an inline message. */
export function NumberField({ value, rule, label, onCommit, className }: NumberFieldProps) {
  // The text being edited and the value it started from; a value changed from
  // outside (Reset, a preset) drops the draft.
  const [edit, setEdit] = useState<{ text: string; base: number } | null>(null);
  const draft = edit !== null && edit.base === value ? edit.text : null;
  const setDraft = (text: string | null): void => setEdit(text === null ? null : { text, base: value });
  const [problem, setProblem] = useState<NumberTextProblem | null>(null);
  const messageId = useId();

  const commit = (): void => {
    if (draft === null) return;
    const read = parseNumberText(draft, rule);
    if (!read.ok) {
      setProblem(read.problem);
      return;
    }
    setDraft(null);
    setProblem(null);
    if (read.value !== value) onCommit(read.value);
  };

  const step = (steps: number): void => {
    const read = draft === null ? { ok: true as const, value } : parseNumberText(draft, rule);
    if (!read.ok) {
      setProblem(read.problem);
      return;
    }
    const next = stepValue(read.value, steps, rule);
    setDraft(null);
    setProblem(null);
    if (next !== value) onCommit(next);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      e.preventDefault();
      setDraft(null);
      setProblem(null);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      step((e.key === 'ArrowUp' ? 1 : -1) * (e.shiftKey ? 10 : 1));
    }
  };

  const shown = formatNumber(value, rule);
  const shownProblem = draft !== null ? problem : null;
  return (
    <span className="ba-number-field">
      <input
        type="text"
        inputMode="decimal"
        role="spinbutton"
        autoComplete="off"
        spellCheck={false}
        className={className}
        aria-label={label}
        aria-valuemin={rule.min}
        aria-valuemax={rule.max}
        aria-valuenow={value}
        aria-valuetext={shown}
        aria-invalid={shownProblem !== null ? true : undefined}
        aria-describedby={shownProblem !== null ? messageId : undefined}
        value={draft ?? shown}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          setProblem(null);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {shownProblem !== null && (
        <span id={messageId} className="ba-number-field-message">
          {problemText(shownProblem, rule)}
        </span>
      )}
    </span>
  );
}
