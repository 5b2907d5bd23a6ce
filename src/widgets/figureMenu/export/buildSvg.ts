/**
 * The exported figure as one SVG document: the drawing (each SVG chart as a
 * nested `<svg>`, each canvas or image as an `<image>` with a PNG data URL) at
 * its drawn position and size, and under it a caption with the figure's
 * title, its current readouts (label: value) and its share link.
 */
import type { Box } from './layout';
import { escapeXml, wrapLink, wrapText, type Measure } from './svgText';

/** One drawn element, placed relative to the drawing box. */
export type DrawnPart =
  /** An SVG chart: its serialised `<svg>` element (styles inlined), already placed at `box` with x, y, width, height. */
  | { kind: 'svg'; box: Box; markup: string }
  /** Pixels (a canvas or an image) as a data URL. */
  | { kind: 'pixels'; box: Box; href: string };

/** One readout of the caption. */
export interface CaptionReadout {
  label: string;
  value: string;
}

/** Everything the exported document shows. */
export interface ExportContent {
  /** The drawing box's size in CSS pixels (the document's width). */
  width: number;
  height: number;
  parts: readonly DrawnPart[];
  title: string;
  readouts: readonly CaptionReadout[];
  link: string;
  linkLabel: string;
  /** Page and text colours (CSS colours). */
  background: string;
  foreground: string;
  /** Measures text at the caption's body size (CAPTION.fontSize, sans-serif). */
  measure: Measure;
  /** Measures text at the title's size and weight. */
  measureTitle: Measure;
}

/** The caption's type and spacing in CSS pixels. */
export const CAPTION = {
  fontSize: 16,
  titleSize: 18,
  lineHeight: 22,
  padding: 12,
  fontFamily: 'sans-serif',
} as const;

/** One laid-out caption line. */
export interface CaptionLine {
  text: string;
  kind: 'title' | 'readout' | 'link';
  /** Baseline, from the caption's top. */
  y: number;
}

/** The caption's lines and total height for a document `width` wide. */
export function layoutCaption(
  content: Pick<ExportContent, 'title' | 'readouts' | 'link' | 'linkLabel' | 'measure' | 'measureTitle'>,
  width: number,
): { lines: CaptionLine[]; height: number } {
  const inner = Math.max(1, width - 2 * CAPTION.padding);
  const lines: CaptionLine[] = [];
  let y = CAPTION.padding;
  const push = (text: string, kind: CaptionLine['kind']) => {
    y += CAPTION.lineHeight;
    lines.push({ text, kind, y: y - 6 });
  };
  for (const t of wrapText(content.title, inner, content.measureTitle)) push(t, 'title');
  for (const r of content.readouts) {
    for (const t of wrapText(`${r.label}: ${r.value}`, inner, content.measure)) push(t, 'readout');
  }
  for (const t of wrapText(content.linkLabel, inner, content.measure)) push(t, 'readout');
  for (const t of wrapLink(content.link, inner, content.measure)) push(t, 'link');
  return { lines, height: y + CAPTION.padding };
}

/** Rounds to 1/100 px for attributes. */
function n(x: number): string {
  return String(Math.round(x * 100) / 100);
}

/** One drawn part as SVG markup. */
function partMarkup(part: DrawnPart): string {
  const { x, y, width, height } = part.box;
  const place = `x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"`;
  if (part.kind === 'pixels') {
    return `<image ${place} preserveAspectRatio="none" href="${escapeXml(part.href)}"/>`;
  }
  return `<g data-part="chart">${part.markup}</g>`;
}

/** The exported SVG document. */
export function buildExportSvg(content: ExportContent): string {
  const { width, height } = content;
  const caption = layoutCaption(content, width);
  const total = height + caption.height;
  const lineMarkup = (line: CaptionLine) => {
    const size = line.kind === 'title' ? CAPTION.titleSize : CAPTION.fontSize;
    const weight = line.kind === 'title' ? ' font-weight="700"' : '';
    return `<text x="${CAPTION.padding}" y="${n(line.y)}" font-size="${size}"${weight} data-line="${line.kind}">${escapeXml(line.text)}</text>`;
  };
  const text = caption.lines
    .filter((l) => l.kind !== 'link')
    .map(lineMarkup)
    .join('');
  const linkText = caption.lines
    .filter((l) => l.kind === 'link')
    .map(lineMarkup)
    .join('');
  const readouts = content.readouts
    .map((r) => `<li>${escapeXml(r.label)}: ${escapeXml(r.value)}</li>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" `,
    `width="${n(width)}" height="${n(total)}" viewBox="0 0 ${n(width)} ${n(total)}" `,
    `data-drawing-width="${n(width)}" data-drawing-height="${n(height)}">`,
    `<title>${escapeXml(content.title)}</title>`,
    `<desc>${escapeXml(content.link)}</desc>`,
    `<metadata><ul xmlns="http://www.w3.org/1999/xhtml">${readouts}</ul></metadata>`,
    `<rect width="100%" height="100%" fill="${escapeXml(content.background)}"/>`,
    `<g data-part="drawing">${content.parts.map(partMarkup).join('')}</g>`,
    `<g data-part="caption" transform="translate(0 ${n(height)})" font-family="${CAPTION.fontFamily}" fill="${escapeXml(content.foreground)}">`,
    text,
    `<a href="${escapeXml(content.link)}" data-part="link">${linkText}</a>`,
    `</g></svg>`,
  ].join('');
}
