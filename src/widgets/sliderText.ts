/** The text a slider shows for its value. */

/**
 * `format(value)` when given, else the value with `digits` decimals, else the
 * value to 12 significant digits without trailing zeros, so that float noise
 * (0.1 + 0.2 = 0.30000000000000004) never reaches the screen; slider values
 * themselves are kept on their grid by `lib/snap`.
 */
export function sliderText(value: number, format?: (value: number) => string, digits?: number): string {
  if (format) return format(value);
  if (digits !== undefined) return value.toFixed(digits);
  return String(Number(value.toPrecision(12)));
}
