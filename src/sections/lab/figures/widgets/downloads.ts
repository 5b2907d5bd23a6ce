/**
 * Exports of the Lab's results as files the reader saves: CSV (RFC 4180:
 * comma separated, CRLF line ends, a field quoted when it holds a comma, a
 * double quote, a line break or leading or trailing space, with its quotes
 * doubled) and JSON (non-finite numbers written as null, "inf" or "-inf",
 * typed arrays as arrays). The file is made in the page (Blob and object
 * URL), never sent anywhere.
 */

/** One CSV field: numbers are written unrounded (`String(x)`); null and undefined are empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** CSV rows: arrays of fields (the first row is the header), or records (the header is their keys). */
export type CsvRows = readonly (readonly CsvCell[])[] | readonly Readonly<Record<string, CsvCell>>[];

/** One field as CSV text, quoted when needed. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? numberText(cell) : String(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function numberText(x: number): string {
  if (Number.isNaN(x)) return 'undefined';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  return String(x);
}

/** The header and the rows of records: columns in the order keys first appear. */
function recordsToRows(records: readonly Readonly<Record<string, CsvCell>>[]): CsvCell[][] {
  const columns: string[] = [];
  const known = new Set<string>();
  for (const record of records)
    for (const key of Object.keys(record))
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
  return [columns, ...records.map((record) => columns.map((c) => record[c]))];
}

/**
 * CSV text of `rows` (RFC 4180, CRLF line ends, a final CRLF). NaN is written
 * `undefined` (0/0), infinities `inf` and `-inf`, as the readouts' data-value.
 */
export function toCsv(rows: CsvRows): string {
  if (rows.length === 0) return '';
  const table = Array.isArray(rows[0])
    ? (rows as readonly (readonly CsvCell[])[])
    : recordsToRows(rows as readonly Readonly<Record<string, CsvCell>>[]);
  return table.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * JSON text of `value`, indented by two spaces: NaN becomes null (0/0),
 * infinities "inf" and "-inf", typed arrays plain arrays, Maps objects.
 */
export function toJson(value: unknown): string {
  return (
    JSON.stringify(
      value,
      (_key, v: unknown) => {
        if (typeof v === 'number')
          return Number.isNaN(v) ? null : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : v;
        if (ArrayBuffer.isView(v) && !(v instanceof DataView))
          return Array.from(v as unknown as ArrayLike<number>);
        if (v instanceof Map) return Object.fromEntries(v);
        return v;
      },
      2,
    ) + '\n'
  );
}

/** Saves `text` as a file called `name` (a temporary link to a Blob URL, clicked, then released). */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves rows as a CSV file `name` (see toCsv). */
export function downloadCsv(name: string, rows: CsvRows): void {
  downloadText(name, toCsv(rows), 'text/csv;charset=utf-8');
}

/** Saves a value as a JSON file `name` (see toJson). */
export function downloadJson(name: string, value: unknown): void {
  downloadText(name, toJson(value), 'application/json');
}
