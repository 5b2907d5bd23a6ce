/**
 * The settings of the Lab's segmentation panel: ignore index and number of
 * classes, as text fields where empty means "none" (ignore index) or "from
 * the names or the data" (number of classes). A value is committed when it
 * is a whole number in range; otherwise the field says what it expects.
 */
import { useEffect, useId, useState } from 'react';
import { labSegmentationText } from '../../../../i18n/labSegmentation';
import { MAX_LABEL } from './state';

const t = labSegmentationText.settings;

/** Parses a field: '' -> null, a whole number in [min, max] -> it, anything else -> undefined (invalid). */
export function parseOptionalInt(text: string, min: number, max: number): number | null | undefined {
  const s = text.trim();
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}

function IntField(props: {
  label: string;
  hint: string;
  value: number | null;
  min: number;
  max: number;
  onChange: (v: number | null) => void;
}) {
  const { label, hint, value, min, max, onChange } = props;
  const id = useId();
  const [draft, setDraft] = useState(value === null ? '' : String(value));
  useEffect(() => {
    setDraft((d) => (parseOptionalInt(d, min, max) === value ? d : value === null ? '' : String(value)));
  }, [value, min, max]);
  const invalid = parseOptionalInt(draft, min, max) === undefined;
  return (
    <div className="ba-labseg-field">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="ba-input rounded border border-current/40 px-2 py-1"
        value={draft}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setDraft(text);
          const v = parseOptionalInt(text, min, max);
          if (v !== undefined && v !== value) onChange(v);
        }}
      />
      <p id={`${id}-hint`} className="m-0 text-sm" role={invalid ? 'alert' : undefined}>
        {invalid ? t.invalid(label) : hint}
      </p>
    </div>
  );
}

/** The ignore-index and number-of-classes fields. */
export function SegmentationSettings(props: {
  ignoreIndex: number | null;
  numClasses: number | null;
  onChange: (patch: { ignoreIndex?: number | null; numClasses?: number | null }) => void;
}) {
  return (
    <fieldset className="ba-labseg-settings">
      <legend className="font-semibold">{t.legend}</legend>
      <IntField
        label={t.ignoreIndex}
        hint={t.ignoreIndexHint}
        value={props.ignoreIndex}
        min={0}
        max={MAX_LABEL}
        onChange={(ignoreIndex) => props.onChange({ ignoreIndex })}
      />
      <IntField
        label={t.numClasses}
        hint={t.numClassesHint}
        value={props.numClasses}
        min={1}
        max={MAX_LABEL + 1}
        onChange={(numClasses) => props.onChange({ numClasses })}
      />
    </fieldset>
  );
}
