/** Text for SVG documents: escaping and wrapping into lines that fit a width. */

/** Characters XML 1.0 does not allow in a document (most C0 controls). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML element content and attribute values (either quote). */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Runs of white space as one space, trimmed. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Measures a text's width in CSS pixels. */
export type Measure = (text: string) => number;

/** Splits a word wider than `width` into pieces that fit (at least one character each). */
function breakWord(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && measure(piece + ch) > width) {
      pieces.push(piece);
      piece = ch;
    } else piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Greedy line breaking at spaces into lines at most `width` wide; a word wider
 * than a line is broken between characters. No character but spaces is lost.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of collapseSpace(text).split(' ')) {
    if (word === '') continue;
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (measure(word) <= width) line = word;
    else {
      const pieces = breakWord(word, width, measure);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A link in lines that fit `width`, broken between characters (joining the lines gives the link back). */
export function wrapLink(link: string, width: number, measure: Measure): string[] {
  return breakWord(link, width, measure);
}

/** A rough measure for sans-serif text: `em` times the font size per character. */
export function roughMeasure(fontSize: number, em = 0.6): Measure {
  return (text) => [...text].length * fontSize * em;
}
