/**
 * Which of the reader's files a Lab input refuses before reading them: over
 * the input's size cap, of a type it does not read (by extension), or empty.
 * Each message names the file, says what is wrong, and that nothing was
 * loaded (the panel keeps what it had).
 */
import { formatBytes, labText } from '../../../../i18n/lab';

const MB = 1024 * 1024;

/** The Lab's size caps, bytes: the reader sees them next to each input. */
export const LAB_CAPS = {
  /** COCO ground truth or results (a val2017 results file is about 60 MB). */
  json: 512 * MB,
  /** A PNG, JPEG or other image. */
  image: 100 * MB,
  /** A NumPy .npy array (a float depth map). */
  npy: 256 * MB,
  /** A small text or JSON file (class names). */
  text: 4 * MB,
} as const;

/** What an input accepts. */
export interface FileRules {
  /** Accepted extensions with their dot, lower case: ['.json'], ['.png'], ['.npy', '.png']. */
  accept: readonly string[];
  /** Largest file accepted, bytes. */
  maxBytes: number;
}

/** The extension of a file name with its dot, lower case ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** The accepted types as people read them: ".json", ".png or .npy", ".png, .jpg or .webp". */
export function describeAccept(accept: readonly string[]): string {
  if (accept.length <= 1) return accept[0] ?? 'any file';
  return `${accept.slice(0, -1).join(', ')} or ${accept[accept.length - 1]}`;
}

/** The message for a file refused before it is read, or null when it may be read. */
export function fileProblem(file: { name: string; size: number }, rules: FileRules): string | null {
  const e = labText.file.errors;
  if (rules.accept.length > 0 && !rules.accept.includes(extensionOf(file.name)))
    return e.wrongType(file.name, describeAccept(rules.accept));
  if (file.size > rules.maxBytes)
    return e.tooLarge(file.name, formatBytes(file.size), formatBytes(rules.maxBytes));
  if (file.size === 0) return e.empty(file.name);
  return null;
}

/** The message for a file whose reading failed (the browser's reason, e.g. NotReadableError). */
export function readProblem(name: string, error: unknown): string {
  const why =
    error instanceof Error
      ? error.message || error.name
      : typeof error === 'string'
        ? error
        : 'unknown reason';
  return labText.file.errors.unreadable(name, why.replace(/\.$/, ''));
}
