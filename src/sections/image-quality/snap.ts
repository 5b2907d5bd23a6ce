/** Rounds a slider value to its step grid (so 0.1 + 0.2 is stored as 0.3, not 0.30000000000000004). */
export function snap(value: number, step: number): number {
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Number((Math.round(value / step) * step).toFixed(decimals));
}
