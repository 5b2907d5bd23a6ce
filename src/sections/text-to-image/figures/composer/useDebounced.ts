/**
 * React hook: a value that follows `value` after it has stopped changing for
 * `ms` milliseconds. The composer debounces the worker request, never the
 * text field, so typing loses no character.
 */
import { useEffect, useState } from 'react';

/** `value`, `ms` after its last change (the first value at once). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const id = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(id);
  }, [value, settled, ms]);
  return settled;
}
