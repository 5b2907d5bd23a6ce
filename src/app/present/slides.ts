/**
 * Slides of presentation mode: one per figure (`figure[data-widget]`, in page
 * order) plus key statements. A section may describe its slides in
 * `src/sections/<folder>/slides.ts` (export `slides: SectionSlides`): a short
 * headline per figure, speaker notes, which readouts are headlines, figures
 * spread over several slides, statements between figures. Figures it does not
 * name get the generic slide: the figure's title as headline.
 */

/** One slide of a figure. */
export interface FigureSlideDef {
  /** Short headline (default: the figure's title). */
  headline?: string;
  /** Speaker notes. */
  notes?: string;
  /** CSS selectors, inside the figure, of parts this slide leaves out (a figure spread over slides). */
  hide?: readonly string[];
  /** CSS selectors, inside the figure, of readouts shown large (`data-headline`). */
  headlines?: readonly string[];
}

/** A key-statement slide (text only). */
export interface StatementSlideDef {
  headline: string;
  /** One or two sentences. */
  text: string;
  notes?: string;
  /** Widget id of the figure it follows; left out: before the first figure; `end` (or an id not on the page): last. */
  after?: string;
}

/** A section's slide definitions (all optional). */
export interface SectionSlides {
  /** Per widget id: one slide, or several for a figure too big for one. */
  figures?: Readonly<Record<string, FigureSlideDef | readonly FigureSlideDef[]>>;
  statements?: readonly StatementSlideDef[];
  /** Widget ids that get no slide. */
  skip?: readonly string[];
}

/** A figure as found on the page. */
export interface PageFigure {
  id: string;
  title: string;
}

/** One slide, ready to show. */
export type Slide =
  | {
      kind: 'figure';
      figureId: string;
      headline: string;
      notes?: string;
      hide: readonly string[];
      headlines: readonly string[];
    }
  | { kind: 'statement'; headline: string; text: string; notes?: string };

function statementSlide(def: StatementSlideDef): Slide {
  return { kind: 'statement', headline: def.headline, text: def.text, notes: def.notes };
}

/** The slides of a page's figures (in page order) with the section's definitions, if any. */
export function buildSlides(figures: readonly PageFigure[], defs: SectionSlides | null): Slide[] {
  const out: Slide[] = [];
  const statements = defs?.statements ?? [];
  const ids = new Set(figures.map((f) => f.id));
  const skip = new Set(defs?.skip ?? []);
  for (const s of statements) if (s.after === undefined) out.push(statementSlide(s));
  for (const figure of figures) {
    if (!skip.has(figure.id)) {
      const def = defs?.figures?.[figure.id];
      const list: readonly FigureSlideDef[] = def === undefined ? [{}] : Array.isArray(def) ? def : [def];
      for (const one of list.length > 0 ? list : [{}]) {
        out.push({
          kind: 'figure',
          figureId: figure.id,
          headline: one.headline ?? figure.title,
          notes: one.notes,
          hide: one.hide ?? [],
          headlines: one.headlines ?? [],
        });
      }
    }
    for (const s of statements) if (s.after === figure.id) out.push(statementSlide(s));
  }
  // statements after a figure this page does not have go last
  for (const s of statements) if (s.after !== undefined && !ids.has(s.after)) out.push(statementSlide(s));
  return out;
}

/** Index (0-based) of the first slide of a figure, or -1. */
export function slideOfFigure(slides: readonly Slide[], figureId: string): number {
  return slides.findIndex((s) => s.kind === 'figure' && s.figureId === figureId);
}

/** The figure a slide shows or, for a statement, the last figure before it (null: none). */
export function figureAtOrBefore(slides: readonly Slide[], index: number): string | null {
  for (let i = Math.min(index, slides.length - 1); i >= 0; i -= 1) {
    const slide = slides[i];
    if (slide?.kind === 'figure') return slide.figureId;
  }
  return null;
}

/** Top-level figures under a root, in page order, with their titles. */
export function pageFigures(root: ParentNode): PageFigure[] {
  const out: PageFigure[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('figure[data-widget]')) {
    if (el.parentElement?.closest('figure[data-widget]')) continue;
    const id = el.dataset.widget ?? '';
    const labelId = el.getAttribute('aria-labelledby');
    const label = labelId ? el.ownerDocument.getElementById(labelId) : null;
    const title = (label?.textContent ?? el.querySelector('.ba-figure__title')?.textContent ?? id).trim();
    if (id) out.push({ id, title: title || id });
  }
  return out;
}
