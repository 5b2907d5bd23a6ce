/** Pure core of Swatch: the CSS background of a colour square. */

/**
 * The CSS background of a swatch: `rgb(r, g, b)` of the first three channels,
 * or 45° stripes of that colour and white when `hatched`.
 */
export function swatchBackground(rgb: readonly number[], hatched: boolean): string {
  const [r = 0, g = 0, b = 0] = rgb;
  const colour = `rgb(${r}, ${g}, ${b})`;
  return hatched ? `repeating-linear-gradient(45deg, ${colour} 0 3px, #ffffff 3px 5px)` : colour;
}
