/**
 * Pure helpers of the in-page contents (PageContents.tsx): the entries of a
 * page (its figures, in document order) and which one marks where the reader
 * is, and the neighbours of a section in the reading order.
 */

/** One entry of the in-page contents: a figure's widget id and title. */
export interface ContentsEntry {
  id: string;
  title: string;
}

/** Where a figure lies relative to the viewport (a DOMRect's top and bottom, in CSS px). */
export interface EntryBox {
  id: string;
  top: number;
  bottom: number;
}

/** True when two entry lists are the same (same ids and titles, in order). */
export function sameEntries(a: readonly ContentsEntry[], b: readonly ContentsEntry[]): boolean {
  return a.length === b.length && a.every((e, i) => e.id === b[i]?.id && e.title === b[i]?.title);
}

/**
 * The figure that marks where the reader is: the `pinned` one (the entry the
 * reader just followed) while it is on screen; else, of the figures on
 * screen, the last whose top has passed the reading line (40 % down the
 * viewport), or the first on screen when none has. With no figure on
 * screen, the last one above the screen (the reader is past it); null when
 * the reader has not reached the first figure yet.
 */
export function currentEntry(
  boxes: readonly EntryBox[],
  viewportHeight: number,
  pinned: string | null = null,
): string | null {
  const onScreen = boxes.filter((b) => b.bottom > 0 && b.top < viewportHeight);
  if (pinned !== null && onScreen.some((b) => b.id === pinned)) return pinned;
  if (onScreen.length === 0) {
    const above = boxes.filter((b) => b.bottom <= 0);
    return above[above.length - 1]?.id ?? null;
  }
  const line = viewportHeight * 0.4;
  let current: string | null = null;
  for (const b of onScreen) if (b.top <= line) current = b.id;
  return current ?? onScreen[0]?.id ?? null;
}

/** The sections before and after one in the reading order (undefined at either end). */
export function neighbours<T extends { id: string }>(
  sections: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const i = sections.findIndex((s) => s.id === id);
  if (i < 0) return { previous: undefined, next: undefined };
  return { previous: sections[i - 1], next: sections[i + 1] };
}

/** True when an error means the section's code or stylesheet could not be downloaded (e.g. offline). */
export function isLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Unable to preload CSS|Importing a module script failed|ChunkLoadError|Failed to fetch/i.test(
    message,
  );
}
