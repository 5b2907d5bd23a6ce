/**
 * Where the reader drops or chooses image files: a drop target around a
 * labelled file input (the keyboard and screen-reader path).
 */
import { useId, useState } from 'react';
import { iqText } from '../../i18n/imageQuality';

/** Props of DropZone. */
export interface DropZoneProps {
  onFiles: (files: File[]) => void;
  busy: boolean;
}

/** A drop target with a file input inside. */
export function DropZone({ onFiles, busy }: DropZoneProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const t = iqText.own;
  return (
    <div
      className="iq-dropzone"
      data-over={over ? 'true' : undefined}
      data-dropzone="own-images"
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        onFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <p className="mt-0 mb-2 font-semibold">{t.drop}</p>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-muted">{t.or}</span>
        <label htmlFor={id} className="font-semibold">
          {t.choose}
        </label>
        <input
          id={id}
          type="file"
          accept="image/*"
          multiple
          disabled={busy}
          className="max-w-full"
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
      </div>
    </div>
  );
}
