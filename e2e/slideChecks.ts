/**
 * Checks of presentation slides (issue 16 item 1), shared by the presentation
 * specs: the slide counter; a slide fitted with nothing scrolling; lecture-hall
 * type, readouts and labels at least 24 px as rendered at 1920x1080, HTML text
 * and the labels drawn in charts. With PRESENT_RECORD=1 the check only
 * prints each slide's smallest text (`TEXT <slide> "<text>" <size> px`).
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Smallest rendered size of a slide's readout and label text, in CSS px at 1920x1080. */
export const TEXT_FLOOR = 24;

/**
 * The smallest readout and label text of the current slide's figure, in CSS px as rendered (font
 * size times the fit's zoom), HTML text and the labels drawn in charts (formulas and screen-reader
 * text left out), with the element it is in.
 */
export function smallestText(page: Page): Promise<{ size: number; text: string } | null> {
  return page.evaluate(() => {
    const figure = document.querySelector<HTMLElement>('.ba-present__stage [data-iso-target]');
    if (!figure) return null;
    const zoomOf = (el: Element) => {
      let z = 1;
      for (let a: Element | null = el; a; a = a.parentElement) z *= parseFloat(getComputedStyle(a).zoom) || 1;
      return z;
    };
    let best: { size: number; text: string } | null = null;
    const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').replace(/[\u200b-\u200d\ufeff]/g, '').trim();
      const el = n.parentElement;
      if (!text || !el || el.getClientRects().length === 0) continue;
      if (el.closest('svg, .katex, .sr-only, .ba-present__sr, [data-headline] .ba-readout__value')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const size = Math.round(parseFloat(style.fontSize) * zoomOf(el) * 10) / 10;
      if (!best || size < best.size) best = { size, text: text.slice(0, 40) };
    }
    // labels drawn in charts: the font size in user units times the drawing's scale to the screen
    // (getScreenCTM holds the viewBox scale, transforms and the fit's zoom)
    for (const el of figure.querySelectorAll<SVGTextContentElement>('svg text')) {
      const text = (el.textContent ?? '').trim();
      if (!text || el.closest('.katex') || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0 || Number(style.fillOpacity) === 0)
        continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      const m = el.getScreenCTM();
      if (!m) continue;
      const size = Math.round(parseFloat(style.fontSize) * Math.hypot(m.a, m.b) * 10) / 10;
      if (!best || size < best.size) best = { size, text: `svg: ${text.slice(0, 36)}` };
    }
    return best;
  });
}

/** Checks the current slide's smallest readout or label text against the floor; `slide` names it in messages. */
export async function expectTextFloor(page: Page, slide: string): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        const smallest = await smallestText(page);
        last = smallest ? `"${smallest.text}" ${smallest.size} px` : 'no text';
        return smallest?.size ?? Infinity;
      },
      { message: `smallest text on ${slide} at 1920x1080 (${last})` },
    )
    .toBeGreaterThanOrEqual(process.env.PRESENT_RECORD ? 0 : TEXT_FLOOR - 0.2);
  if (process.env.PRESENT_RECORD) console.log(`TEXT ${slide} ${last}`);
}

/** The slide counter as [current, total]. */
export async function slideCounter(page: Page): Promise<[number, number]> {
  const text = (await page.locator('.ba-present__counter [aria-hidden="true"]').textContent()) ?? '';
  const [n, total] = text.split('/').map((part) => Number(part.trim()));
  return [n ?? NaN, total ?? NaN];
}

/**
 * Waits until slide `n` shows, fitted: its figure alone, inside the stage, and nothing scrolls;
 * `where` names the screen size in messages.
 */
export async function expectSlideFits(page: Page, n: number, where = ''): Promise<void> {
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', String(n));
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const root = document.querySelector<HTMLElement>('.ba-present');
          const stage = document.querySelector<HTMLElement>('.ba-present__stage');
          const doc = document.documentElement;
          const problems: string[] = [];
          if (!root || !stage) return ['no presentation'];
          if (doc.scrollHeight > doc.clientHeight)
            problems.push(`document ${doc.scrollHeight}/${doc.clientHeight}`);
          if (stage.scrollHeight > stage.clientHeight)
            problems.push(`stage ${stage.scrollHeight}/${stage.clientHeight}`);
          if (root.dataset.slideKind === 'figure') {
            const figure = stage.querySelector<HTMLElement>('[data-iso-target]');
            if (!figure || figure.dataset.widget !== root.dataset.figure) return ['figure not shown'];
            if (figure.dataset.fitZoom === undefined) problems.push('not fitted');
            const r = figure.getBoundingClientRect();
            const s = stage.getBoundingClientRect();
            if (r.height < 50) problems.push('figure collapsed');
            if (r.top < s.top - 1 || r.bottom > s.bottom + 1 || r.left < s.left - 1 || r.right > s.right + 1)
              problems.push(
                `figure ${Math.round(r.top)}-${Math.round(r.bottom)} outside stage ${Math.round(s.top)}-${Math.round(s.bottom)}`,
              );
            // every other figure is hidden
            const shown = [...stage.querySelectorAll<HTMLElement>('figure[data-widget]')].filter(
              (f) => f !== figure && f.getClientRects().length > 0 && !figure.contains(f),
            );
            if (shown.length > 0) problems.push(`${shown.length} other figures shown`);
          }
          return problems;
        }),
      { message: `slide ${n} fits${where ? ` at ${where}` : ''}` },
    )
    .toEqual([]);
}
