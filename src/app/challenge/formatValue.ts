/** How the challenge banner shows a readout's `data-value`: up to four significant digits. */

/** A `data-value` for people: numbers to four significant digits, `inf` as ∞, anything else as is. */
export function formatNumber(dataValue: string): string {
  if (dataValue === 'inf') return '∞';
  if (dataValue === '-inf') return '−∞';
  const n = Number(dataValue);
  if (dataValue.trim() === '' || Number.isNaN(n)) return dataValue;
  return String(Number(n.toPrecision(4)));
}
