/**
 * Worker arguments that name a built-in photo: its id and the page's address
 * (the worker fetches `images/<file>` under it). Parameters, not pixels.
 */

/** `{photo, photo_base}` for a request about the built-in photo `id`. */
export function photoArgs(id: string): { photo: string; photo_base: string } {
  return { photo: id, photo_base: typeof document === 'undefined' ? '' : document.baseURI };
}
