/**
 * Turns a reader's file into a JSON value inside the worker (TextDecoder,
 * then JSON.parse), with messages that say what is wrong with the file:
 * not UTF-8 text, not JSON (with the line and column), or Python's
 * not-a-number literals (`NaN`, `Infinity`), which `json.dump` writes and
 * JSON does not allow.
 */
import { LabInputError, type LabFile } from '../jobs/types';

/** Line and column (both from 1) of character `at` in `text`. */
export function lineAndColumn(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

/** The position of the first bare `NaN` / `Infinity` / `-Infinity` token outside strings, or -1. */
export function nonFiniteLiteral(text: string): { at: number; token: string } | null {
  const re = /NaN|-?Infinity|"(?:[^"\\]|\\.)*"/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].charCodeAt(0) !== 34) return { at: m.index, token: m[0] };
  }
  return null;
}

/** Where JSON.parse stopped, read from its message (V8: "... at position 12" or "(line 3 column 5)"). */
function parsePosition(message: string): number | null {
  const m = /position (\d+)/.exec(message);
  return m ? Number(m[1]) : null;
}

/**
 * Decodes `file` as UTF-8 and parses it as JSON. Throws LabInputError naming
 * the file: empty, not text, a NaN/Infinity literal (with its line), or
 * invalid JSON (with the line and column where parsing stopped).
 */
export function readJsonFile(file: LabFile): unknown {
  if (file.bytes.byteLength === 0) throw new LabInputError(file.name, '', 'the file is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    throw new LabInputError(file.name, '', 'is not UTF-8 text, so it is not a JSON file');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const bad = nonFiniteLiteral(text);
    if (bad !== null) {
      const { line, column } = lineAndColumn(text, bad.at);
      throw new LabInputError(
        file.name,
        `line ${line.toLocaleString('en-US')}, column ${column}`,
        `${bad.token} is not allowed in JSON (Python's json module writes it for a value that is not a finite number)`,
      );
    }
    const message = e instanceof Error ? e.message : String(e);
    if (/end of (JSON )?input/i.test(message)) {
      throw new LabInputError(file.name, '', 'is not valid JSON: it ends too early (cut short?)');
    }
    const at = parsePosition(message);
    if (at !== null) {
      const { line, column } = lineAndColumn(text, at);
      throw new LabInputError(
        file.name,
        `line ${line.toLocaleString('en-US')}, column ${column}`,
        'is not valid JSON here',
      );
    }
    throw new LabInputError(file.name, '', `is not valid JSON (${message})`);
  }
}
