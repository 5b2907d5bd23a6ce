/**
 * Immutable put/remove on a record keyed by id, shared by the store slices
 * that keep one value per widget id.
 */

/**
 * Returns `record` with `value` stored under `id`, or with `id` removed when
 * `value` is `null`. Returns `record` itself (same reference) when nothing
 * changes, so a slice can skip the update.
 */
export function putKeyed<T>(
  record: Readonly<Record<string, T>>,
  id: string,
  value: T | null,
): Readonly<Record<string, T>> {
  if (value === null) {
    if (!(id in record)) return record;
    const { [id]: _removed, ...rest } = record;
    return rest;
  }
  if (record[id] === value) return record;
  return { ...record, [id]: value };
}
