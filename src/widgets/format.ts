/**
 * Number formatting for readouts and live formulas. Two audiences: tests and
 * tools read `data-value` (the unrounded value as `String(x)`, or exactly
 * `undefined`, `inf`, `-inf`, `error`; DESIGN.md "Readouts"), people read the
 * rounded value with its unit.
 */
import { messages } from '../i18n/messages';

/** How a readout shows its value to people. */
export type ReadoutFormat = 'fraction' | 'percent' | 'db' | 'm' | 'number' | 'count';

/** Digits after the decimal point used when a readout does not say. */
export const DEFAULT_DIGITS: Readonly<Record<ReadoutFormat, number>> = {
  fraction: 3,
  percent: 1,
  db: 2,
  m: 2,
  number: 3,
  count: 0,
};

/**
 * The `data-value` text of a result: `String(v)` for finite numbers (fractions
 * stay fractions, dB stay dB), `undefined` for null (0/0), `inf` / `-inf`
 * for infinities, and `error` for NaN, which no metric may return.
 */
export function formatDataValue(v: number | null): string {
  if (v === null) return 'undefined';
  if (Number.isNaN(v)) return 'error';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return String(v);
}

/** The number part of a value for people (percent scaled by 100), no unit; ∞ for infinities. */
export function formatNumberPart(v: number, format: ReadoutFormat, digits?: number): string {
  if (v === Infinity) return messages.readout.infinity;
  if (v === -Infinity) return messages.readout.minusInfinity;
  const d = digits ?? DEFAULT_DIGITS[format];
  const scaled = format === 'percent' ? v * 100 : v;
  return new Intl.NumberFormat(messages.locale, {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    signDisplay: 'negative',
    useGrouping: format === 'count' || format === 'number',
  }).format(scaled);
}

/** The unit written after the number for people ('' when none). */
export function unitSuffix(format: ReadoutFormat): string {
  if (format === 'percent') return '%';
  if (format === 'db') return ' dB';
  if (format === 'm') return ' m';
  return '';
}

/** A finite or infinite value formatted for people: rounded, with its unit ("66.7%", "35.21 dB", "∞ dB"). */
export function formatForPeople(v: number, format: ReadoutFormat, digits?: number): string {
  return formatNumberPart(v, format, digits) + unitSuffix(format);
}

/** What a readout shows, derived from its inputs. */
export interface ReadoutView {
  /** `data-value`, or undefined before the first result (the attribute is then left out). */
  dataValue: string | undefined;
  /** The text people read. */
  text: string;
  /** A one-line reason shown under undefined values. */
  reason: string | null;
}

/**
 * Decides what a readout shows: an error message (data-value `error`), the
 * placeholder before the first result, "undefined (0/0)" with a reason for
 * null, or the formatted value. NaN is shown as an error, never as a number.
 */
export function readoutView(
  value: number | null | undefined,
  error: string | null | undefined,
  format: ReadoutFormat,
  digits?: number,
  undefinedReason?: string,
): ReadoutView {
  if (error) return { dataValue: 'error', text: messages.readout.error(error), reason: null };
  if (value === undefined) return { dataValue: undefined, text: messages.readout.notYet, reason: null };
  if (value === null) {
    return {
      dataValue: 'undefined',
      text: messages.readout.undefined,
      reason: undefinedReason ?? messages.readout.undefinedReason,
    };
  }
  if (Number.isNaN(value)) {
    return { dataValue: 'error', text: messages.readout.error(messages.readout.notANumber), reason: null };
  }
  return { dataValue: formatDataValue(value), text: formatForPeople(value, format, digits), reason: null };
}
