/**
 * Reads the optional class-names file of the Lab's segmentation panel: a JSON
 * array of names (index = class id), a JSON object from id to name
 * (`{"0": "background", "1": "car"}`), or plain text with one name per line.
 */
import { LabInputError, type LabFile } from '../jobs/types';

function fromObject(obj: Record<string, unknown>, file: string): string[] {
  const names: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    const id = Number(key);
    if (!Number.isInteger(id) || id < 0 || key.trim() === '') {
      throw new LabInputError(file, `key "${key}"`, 'expected a class id (0, 1, 2...) as the key');
    }
    if (typeof value !== 'string') {
      throw new LabInputError(file, `key "${key}"`, 'expected a class name (a string) as the value');
    }
    names[id] = value;
  }
  for (let i = 0; i < names.length; i++) {
    if (names[i] === undefined)
      throw new LabInputError(file, '', `class id ${i} has no name (ids must run 0, 1, 2... without gaps)`);
  }
  return names;
}

/**
 * Parses class names from a file's text: JSON when it starts with `[` or
 * `{`, one name per line otherwise (blank lines at the end are dropped, blank
 * lines inside are refused). Throws a LabInputError naming the file, the
 * place and the problem; an empty list is refused.
 */
export function parseClassNames(text: string, file: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new LabInputError(file, '', 'the file is empty (expected class names)');
  let names: string[];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch (e) {
      throw new LabInputError(file, '', `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    if (Array.isArray(parsed)) {
      names = parsed.map((v, i) => {
        if (typeof v !== 'string')
          throw new LabInputError(file, `entry ${i}`, 'expected a class name (a string)');
        return v;
      });
    } else names = fromObject(parsed as Record<string, unknown>, file);
  } else {
    const lines = trimmed.split(/\r?\n/).map((l) => l.trim());
    const blank = lines.findIndex((l) => l === '');
    if (blank >= 0)
      throw new LabInputError(file, `line ${blank + 1}`, 'blank line (expected one class name per line)');
    names = lines;
  }
  if (names.length === 0) throw new LabInputError(file, '', 'no class names');
  return names;
}

/** Decodes a class-names file (UTF-8) and parses it with parseClassNames. */
export function readClassNames(file: LabFile): string[] {
  const text = new TextDecoder('utf-8').decode(file.bytes);
  return parseClassNames(text, file.name);
}
