/** The text a slider shows for its value. */

/** `format(value)` when given, else the value with `digits` decimals, else `String(value)`. */
export function sliderText(value: number, format?: (value: number) => string, digits?: number): string {
  if (format) return format(value);
  if (digits !== undefined) return value.toFixed(digits);
  return String(value);
}
