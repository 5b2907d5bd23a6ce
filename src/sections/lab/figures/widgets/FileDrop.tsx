/**
 * A Lab file input: a drop zone around a labelled file picker (the keyboard
 * and screen-reader path), with the accepted types and the size cap stated
 * on screen. Files are checked (type, cap, empty) before they are read, then
 * read to ArrayBuffers in the page; only good files reach `onFiles`, and each
 * refused one gives a message naming it (`onProblems`), so nothing already
 * loaded is lost. Nothing is uploaded or stored.
 */
import { useId, useState, type DragEvent } from 'react';
import type { LabFile } from '../../../../lab/jobs/types';
import { formatBytes, labText } from '../../../../i18n/lab';
import './labWidgets.css';
import { describeAccept, fileProblem, readProblem } from './fileChecks';

/** Props of FileDrop. */
export interface FileDropProps {
  /** The input's accessible name and visible title, e.g. "Ground truth (COCO JSON)". */
  label: string;
  /** Accepted extensions with their dot, lower case: ['.json']. */
  accept: readonly string[];
  /** Largest file accepted, bytes (see LAB_CAPS). */
  maxBytes: number;
  /** Whether several files may be given at once. */
  multiple?: boolean;
  /** Most files kept from one pick or drop when `multiple` (the rest are refused with a message). */
  maxFiles?: number;
  /** A line under the title (what the file should hold). */
  hint?: string;
  /** The files loaded now (their names and sizes are shown). */
  loaded?: readonly { name: string; size: number }[];
  /** Receives the good files of one pick or drop (never empty). */
  onFiles: (files: LabFile[]) => void;
  /** Receives one message per refused file (naming it). */
  onProblems: (messages: string[]) => void;
  disabled?: boolean;
}

/** Reads and checks the files of one pick or drop. */
async function readFiles(
  files: readonly File[],
  props: Pick<FileDropProps, 'accept' | 'maxBytes' | 'multiple' | 'maxFiles' | 'label'>,
): Promise<{ good: LabFile[]; problems: string[] }> {
  const problems: string[] = [];
  const max = props.multiple ? (props.maxFiles ?? Infinity) : 1;
  if (files.length > max) problems.push(labText.file.errors.tooMany(props.label, max));
  const good: LabFile[] = [];
  for (const file of files.slice(0, max)) {
    const problem = fileProblem(file, { accept: props.accept, maxBytes: props.maxBytes });
    if (problem) {
      problems.push(problem);
      continue;
    }
    try {
      good.push({ name: file.name, bytes: await file.arrayBuffer() });
    } catch (error) {
      problems.push(readProblem(file.name, error));
    }
  }
  return { good, problems };
}

/** A labelled file picker inside a drop zone. */
export function FileDrop(props: FileDropProps) {
  const {
    label,
    accept,
    maxBytes,
    multiple = false,
    hint,
    loaded = [],
    onFiles,
    onProblems,
    disabled,
  } = props;
  const id = useId();
  const [over, setOver] = useState(false);
  const [reading, setReading] = useState<string | null>(null);
  const t = labText.file;

  const take = async (files: File[]) => {
    if (files.length === 0 || disabled) return;
    setReading(files.map((f) => f.name).join(', '));
    try {
      const { good, problems } = await readFiles(files, props);
      if (problems.length > 0) onProblems(problems);
      if (good.length > 0) onFiles(good);
    } finally {
      setReading(null);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    void take(Array.from(e.dataTransfer.files));
  };

  return (
    <div
      className="ba-lab-drop"
      data-over={over ? 'true' : undefined}
      data-drop={label}
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <p className="ba-lab-drop__title" id={`${id}-title`}>
        {label}
      </p>
      {hint ? <p className="ba-lab-drop__hint">{hint}</p> : null}
      <div className="ba-lab-drop__row">
        <span className="text-muted">{multiple ? t.drop : t.dropOne}</span>
        <span className="text-muted">{t.or}</span>
        <input
          id={id}
          type="file"
          className="ba-lab-drop__input"
          accept={accept.join(',')}
          multiple={multiple}
          disabled={disabled}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-cap ${id}-state`}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            void take(files);
          }}
        />
        <label htmlFor={id} className="ba-button ba-lab-drop__choose" aria-hidden="true">
          {multiple ? t.chooseMany : t.choose}
        </label>
      </div>
      <p className="ba-lab-drop__cap" id={`${id}-cap`}>
        {t.cap(describeAccept(accept), formatBytes(maxBytes))}
      </p>
      <p className="ba-lab-drop__state" id={`${id}-state`} role="status">
        {reading
          ? t.reading(reading)
          : loaded.length > 0
            ? loaded.map((f) => t.loaded(f.name, formatBytes(f.size))).join('; ')
            : t.none}
      </p>
    </div>
  );
}
