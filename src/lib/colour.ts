/**
 * Colours as RGB triples: CSS colour parsing through d3-color and lookup
 * tables sampled from d3-scale-chromatic interpolators (viridis, magma ...).
 */
import { color } from 'd3-color';

/** An RGB triple, each channel an integer 0-255. */
export type Rgb = [r: number, g: number, b: number];

/**
 * Any CSS colour d3-color understands ("#rrggbb", "#rgb", "rgb(r, g, b)",
 * "hsl(...)", named colours) as [r, g, b] rounded to integers and clamped to
 * 0-255. Throws an Error naming the text for anything else.
 */
export function parseColour(css: string): Rgb {
  const c = color(css);
  if (c === null) throw new Error(`Unsupported colour "${css}".`);
  const { r, g, b } = c.rgb();
  const byte = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
  return [byte(r), byte(g), byte(b)];
}

/**
 * A lookup table of `size` RGB triples (flat, 3 bytes each) sampling
 * `interpolate(t)` at t = k / (size - 1) (t = 0 when size is 1).
 */
export function lut(interpolate: (t: number) => string, size = 256): Uint8Array {
  const table = new Uint8Array(size * 3);
  for (let k = 0; k < size; k++) table.set(parseColour(interpolate(size === 1 ? 0 : k / (size - 1))), k * 3);
  return table;
}

/**
 * Relative luminance of a CSS colour (WCAG 2.x):
 * L = 0.2126 R + 0.7152 G + 0.0722 B over linearised channels
 * c = s / 12.92 for s <= 0.03928, else ((s + 0.055) / 1.055)^2.4, s = byte / 255.
 */
export function relativeLuminance(css: string): number {
  const [r, g, b] = parseColour(css).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
