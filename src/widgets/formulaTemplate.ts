/**
 * Live formulas: a LaTeX template with placeholders `\var{name}` is filled
 * with the reader's current numbers, each wrapped in `\htmlClass{ba-sub}{...}`
 * so the stylesheet can highlight it. A plain-text template with `{name}`
 * placeholders gives the accessible text alternative.
 *
 * Why `\htmlClass`: it renders as a `class` attribute, which the strict
 * Content-Security-Policy (`style-src 'self'`) allows and both themes can
 * colour from CSS. It needs KaTeX's `trust` option, which Formula grants for
 * `\htmlClass{ba-sub}` only (see `katexOptions`).
 */
import type { KatexOptions } from 'katex';
import { messages } from '../i18n/messages';
import { DEFAULT_DIGITS, formatForPeople, formatNumberPart, type ReadoutFormat } from './format';

/** The class of a substituted term. */
export const SUBSTITUTION_CLASS = 'ba-sub';

/** One value of a live formula: a bare number (or null/undefined) or a number with its format. */
export type LiveTerm =
  number | null | undefined | { value: number | null | undefined; format?: ReadoutFormat; digits?: number };

/** The values of a live formula's placeholders, by name. */
export type LiveValues = Readonly<Record<string, LiveTerm>>;

const TEX_PLACEHOLDER = /\\var\{([A-Za-z_][\w.]*)\}/g;
const TEXT_PLACEHOLDER = /\{([A-Za-z_][\w.]*)\}/g;

function termOf(values: LiveValues, name: string) {
  if (!Object.prototype.hasOwnProperty.call(values, name)) {
    throw new Error(`Live formula: no value given for the placeholder "${name}".`);
  }
  const term = values[name];
  if (typeof term === 'object' && term !== null) {
    return { value: term.value, format: term.format ?? 'number', digits: term.digits };
  }
  return { value: term, format: 'number' as ReadoutFormat, digits: undefined };
}

const TEX_UNITS: Readonly<Record<ReadoutFormat, string>> = {
  fraction: '',
  percent: '\\%',
  db: '\\,\\mathrm{dB}',
  m: '\\,\\mathrm{m}',
  number: '',
  count: '',
};

/** A value as TeX: the rounded number (commas braced so TeX adds no space), its unit, ∞, or words. */
export function texNumber(value: number | null | undefined, format: ReadoutFormat, digits?: number): string {
  if (value === undefined) return messages.formula.missingTerm;
  if (value === null) return `\\text{${messages.formula.undefinedTerm}}`;
  if (Number.isNaN(value)) return `\\text{${messages.formula.errorTerm}}`;
  if (value === Infinity) return `\\infty${TEX_UNITS[format]}`;
  if (value === -Infinity) return `-\\infty${TEX_UNITS[format]}`;
  const number = formatNumberPart(value, format, digits ?? DEFAULT_DIGITS[format]).replace(/,/g, '{,}');
  return number + TEX_UNITS[format];
}

/**
 * Fills `\var{name}` placeholders of a LaTeX template with highlighted
 * numbers. Throws when the template names a value that `values` lacks (a
 * typo would otherwise show a silent "?").
 */
export function fillTexTemplate(template: string, values: LiveValues): string {
  return template.replace(TEX_PLACEHOLDER, (_match, name: string) => {
    const term = termOf(values, name);
    return `\\htmlClass{${SUBSTITUTION_CLASS}}{${texNumber(term.value, term.format, term.digits)}}`;
  });
}

/** Fills `{name}` placeholders of a plain-text template with numbers as people read them. */
export function fillTextTemplate(template: string, values: LiveValues): string {
  return template.replace(TEXT_PLACEHOLDER, (_match, name: string) => {
    const term = termOf(values, name);
    if (term.value === undefined) return messages.formula.missingTerm;
    if (term.value === null) return messages.formula.undefinedTerm;
    if (Number.isNaN(term.value)) return messages.formula.errorTerm;
    return formatForPeople(term.value, term.format, term.digits);
  });
}

/**
 * KaTeX options used by every formula: no exceptions (a bad formula shows
 * its source in red), and trust limited to `\htmlClass{ba-sub}` so nothing
 * else can add HTML attributes.
 */
export function katexOptions(displayMode: boolean): KatexOptions {
  return {
    displayMode,
    throwOnError: false,
    output: 'htmlAndMathml',
    trust: (context) => context.command === '\\htmlClass' && context.class === SUBSTITUTION_CLASS,
    strict: (errorCode: string) => (errorCode === 'htmlExtension' ? 'ignore' : 'warn'),
  };
}
