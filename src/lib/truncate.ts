/** Shortening text that comes from outside (a link, an address) before it is shown. */

/**
 * `text` cut to at most `max` UTF-16 units, the last being "…", when it is
 * longer; never splits a surrogate pair. Cost is O(max), not O(text length)
 * beyond the length check.
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
