/**
 * The addresses of an embedded figure (DESIGN.md, "Routes"): the embed page
 * `#/embed/<widget id>?s=<share state>`, the iframe snippet that shows it, and
 * the section that owns a widget id.
 */

/** The page address without its hash (`https://host/app/`). */
export function addressBase(href: string): string {
  const cut = href.indexOf('#');
  return cut < 0 ? href : href.slice(0, cut);
}

/** The `s` value of a link's hash (`#/<path>?s=...`), if it has one. */
export function shareParam(link: string): string | undefined {
  const hash = link.indexOf('#');
  const query = hash < 0 ? -1 : link.indexOf('?', hash);
  if (query < 0) return undefined;
  return new URLSearchParams(link.slice(query + 1)).get('s') ?? undefined;
}

/** The absolute embed address of a widget, carrying the share state `s` when given. */
export function embedUrl(href: string, widgetId: string, s?: string): string {
  const query = s ? `?${new URLSearchParams({ s }).toString()}` : '';
  return `${addressBase(href)}#/embed/${widgetId}${query}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe snippet that embeds `url` (a figure's embed address) under the accessible name `title`. */
export function iframeSnippet(url: string, title: string): string {
  return `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(title)}" width="100%" height="600" style="border:0" loading="lazy"></iframe>`;
}

/** What `ownerOf` needs of a section. */
export interface OwnerCandidate {
  id: string;
}

/**
 * The section that owns a widget: the one whose declared widget ids (the
 * widget catalogue) contain it, else the one whose id prefixes it
 * (`<section id>.<name>`, the convention for figures without a shared state).
 */
export function ownerOf<S extends OwnerCandidate>(
  widgetId: string,
  sections: readonly S[],
  declared: (sectionId: string) => ReadonlySet<string>,
): S | null {
  const listed = sections.find((s) => declared(s.id).has(widgetId));
  if (listed) return listed;
  return sections.find((s) => widgetId.startsWith(`${s.id}.`)) ?? null;
}
