/**
 * Reference data and formatting for the References list that ends every
 * section.
 */

/** One publication. DOI and URL become links the reader may follow (nothing is fetched by itself). */
export interface Reference {
  /** Authors: a list of names, or one string already written out ("M. Everingham, L. Van Gool"). */
  authors: readonly string[] | string;
  title: string;
  /** Journal, conference or publisher, e.g. "IEEE Transactions on Image Processing". */
  venue: string;
  year: number;
  doi?: string;
  url?: string;
}

/**
 * Joins author names (a string is taken as already written out): "A", "A and B", "A, B and C"; more than `max` names
 * become the first `max` followed by "et al.".
 */
export function formatAuthors(authors: readonly string[] | string, max = 6): string {
  if (typeof authors === 'string') return authors.trim();
  const names = authors.map((a) => a.trim()).filter((a) => a.length > 0);
  if (names.length === 0) return '';
  if (names.length > max) return `${names.slice(0, max).join(', ')} et al.`;
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/** The full citation as one line of plain text (also used as a sort key and in tests). */
export function citationText(ref: Reference): string {
  const parts = [`${formatAuthors(ref.authors)} (${ref.year}).`, `${ref.title}.`, `${ref.venue}.`];
  if (ref.doi) parts.push(`DOI ${ref.doi}.`);
  if (ref.url) parts.push(ref.url);
  return parts.join(' ');
}

/** The address a DOI resolves at: `https://doi.org/<doi>` (a DOI already written as a URL is kept). */
export function doiHref(doi: string): string {
  const trimmed = doi.trim();
  if (/^https?:\/\//i.test(trimmed)) return trimmed;
  return `https://doi.org/${trimmed.replace(/^doi:\s*/i, '')}`;
}

/** A reference URL if it is a web address (http or https), else null (never a javascript: or data: link). */
export function safeHref(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
