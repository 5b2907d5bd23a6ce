/** A select of the built-in photos. */
import { useId } from 'react';
import { PHOTOS } from '../../assets/photoCatalog';
import { iqText } from '../../i18n/imageQuality';

/** Props of PhotoPicker. */
export interface PhotoPickerProps {
  value: string;
  onChange: (id: string) => void;
}

/** Chooses which built-in photo a figure degrades. */
export function PhotoPicker({ value, onChange }: PhotoPickerProps) {
  const id = useId();
  return (
    <div className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="font-semibold">
        {iqText.photos.label}
      </label>
      <select
        id={id}
        className="ba-select min-h-11 rounded border border-border bg-bg px-2 text-fg"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {PHOTOS.map((p) => (
          <option key={p.id} value={p.id}>
            {iqText.photos.names[p.id] ?? p.id}
          </option>
        ))}
      </select>
    </div>
  );
}
