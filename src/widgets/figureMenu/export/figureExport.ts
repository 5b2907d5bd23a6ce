/**
 * Exports a rendered figure (issue 16, item 6): collects its drawing (SVG
 * charts, canvases, images inside the figure body, outside buttons), its
 * readouts and its share link into one SVG document (buildSvg), and
 * rasterises that document to a PNG at twice the CSS pixel size.
 */
import { buildExportSvg, CAPTION, type DrawnPart } from './buildSvg';
import { isDrawn, relativeTo, unionBox, type Box } from './layout';
import { figureReadouts } from './readouts';
import { serialiseSvg } from './serialiseSvg';
import type { Measure } from './svgText';

/** The PNG's pixels per CSS pixel. */
export const PNG_SCALE = 2;

/** The drawn elements of a figure: top-level SVGs, canvases and images in its body, outside buttons. */
export function drawnElements(figure: HTMLElement): Element[] {
  const body = figure.querySelector('.ba-figure__body') ?? figure;
  return [...body.querySelectorAll('svg, canvas, img')].filter((el) => {
    if (el.parentElement?.closest('svg')) return false;
    if (el.closest('button')) return false;
    return isDrawn(el.getBoundingClientRect());
  });
}

/** The figure's drawing box in viewport CSS pixels (whole pixels), or null when it draws nothing. */
export function drawingBox(figure: HTMLElement): Box | null {
  return unionBox(drawnElements(figure).map((el) => el.getBoundingClientRect()));
}

/** Pixels of a drawable as a PNG data URL (null when the browser refuses, e.g. a tainted canvas). */
function pixelsOf(source: CanvasImageSource, width: number, height: number): string | null {
  try {
    if (source instanceof HTMLCanvasElement) return source.toDataURL('image/png');
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width));
    canvas.height = Math.max(1, Math.round(height));
    canvas.getContext('2d')?.drawImage(source, 0, 0, canvas.width, canvas.height);
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

/** An image address as a PNG data URL (same-origin images only). */
async function imageDataUrl(href: string): Promise<string | null> {
  const img = new Image();
  img.src = href;
  try {
    await img.decode();
  } catch {
    return null;
  }
  return pixelsOf(img, img.naturalWidth, img.naturalHeight);
}

/** The first non-transparent background colour at or above `el`; white when none. */
function backgroundOf(el: Element | null): string {
  for (let e = el; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
  }
  return '#ffffff';
}

/** Measures text with a canvas in the caption's font. */
function canvasMeasure(size: number, weight: number): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return (text) => [...text].length * size * 0.6;
  context.font = `${weight} ${size}px ${CAPTION.fontFamily}`;
  return (text) => context.measureText(text).width;
}

/** The figure as an SVG document, captioned with its title, readouts and `link`. */
export async function figureSvg(
  figure: HTMLElement,
  title: string,
  link: string,
  linkLabel: string,
): Promise<string> {
  const elements = drawnElements(figure);
  const rects = elements.map((el) => el.getBoundingClientRect());
  const box = unionBox(rects) ?? { x: 0, y: 0, width: 320, height: 0 };
  const parts: DrawnPart[] = [];
  for (const [i, el] of elements.entries()) {
    const rect = rects[i];
    if (!rect) continue;
    const placed = relativeTo(rect, box);
    if (el instanceof SVGSVGElement) {
      parts.push({ kind: 'svg', box: placed, markup: await serialiseSvg(el, placed, imageDataUrl) });
    } else if (el instanceof HTMLCanvasElement || el instanceof HTMLImageElement) {
      const href =
        el instanceof HTMLCanvasElement
          ? pixelsOf(el, el.width, el.height)
          : pixelsOf(el, el.naturalWidth, el.naturalHeight);
      if (href) parts.push({ kind: 'pixels', box: placed, href });
    }
  }
  const style = getComputedStyle(figure);
  return buildExportSvg({
    width: Math.max(box.width, 1),
    height: box.height,
    parts,
    title,
    readouts: figureReadouts(figure),
    link,
    linkLabel,
    background: backgroundOf(figure),
    foreground: style.color || '#000000',
    measure: canvasMeasure(CAPTION.fontSize, 400),
    measureTitle: canvasMeasure(CAPTION.titleSize, 700),
  });
}

/** The size an SVG document declares (its width and height attributes). */
function declaredSize(svg: string): { width: number; height: number } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  return { width: Number(doc.getAttribute('width')), height: Number(doc.getAttribute('height')) };
}

/** Rasterises an SVG document to a PNG `PNG_SCALE` times its declared size. */
export async function svgToPng(svg: string): Promise<Blob> {
  const { width, height } = declaredSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * PNG_SCALE);
    canvas.height = Math.round(height * PNG_SCALE);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
