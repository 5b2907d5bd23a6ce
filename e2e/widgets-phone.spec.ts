/**
 * The shared widgets on a phone and on a projector: display formulas scale
 * to their column (no clipping, no sideways scroll box), readouts are never
 * cut off and use tabular figures, the confusion heatmap fits, plot labels
 * show at least 12 CSS px at 360 and 16 at 1920x1080, and the figure's Reset
 * and Copy link keep their names.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoProblems, test } from './fixtures';
import { waitForRoute } from './routes';

/** Scrolls over the whole page so every formula near the screen renders, then waits for KaTeX everywhere. */
async function renderAll(page: Page): Promise<void> {
  // The page grows while figures render: measure its height on every step.
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < (await height()); y += 500) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  }
  // A formula renders when it comes near the screen; one passed before KaTeX arrived is brought back to it.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const waiting = [...document.querySelectorAll('[data-formula="text"]')].filter(
          (el) => !el.closest('details:not([open])'),
        );
        waiting[0]?.scrollIntoView({ block: 'center' });
        return waiting.length;
      }),
    )
    .toBe(0);
}

/** Shown elements matching `selector` that are wider than themselves or cut by an ancestor that clips. */
function clipped(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll(sel)) {
      if (el.getClientRects().length === 0 || el.closest('details:not([open])')) continue;
      const what = `${(el.textContent ?? '').trim().slice(0, 40)} in ${el.closest('figure')?.getAttribute('data-widget') ?? 'prose'}`;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${what}: ${el.scrollWidth} > ${el.clientWidth}`);
      const r = el.getBoundingClientRect();
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 1 || r.right > b.right + 1) out.push(`${what}: cut by ${a.className}`);
        if (a.scrollWidth > a.clientWidth + 1) out.push(`${what}: in a sideways scroll box`);
        break;
      }
      if (r.right > innerWidth + 1 || r.left < -1) out.push(`${what}: off the screen`);
    }
    return out;
  }, selector);
}

test.describe('on a 360x740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  for (const route of ['#/pose', '#/depth', '#/segmentation', '#/detection', '#/image-quality']) {
    test(`${route}: display formulas fit their column; readouts are not cut off`, async ({
      page,
      problems,
    }) => {
      test.setTimeout(120_000);
      await page.goto(`./${route}`);
      await waitForRoute(page);
      await renderAll(page);
      expect(await clipped(page, '.katex-display, .ba-formula__wrapped')).toEqual([]);
      expect(await clipped(page, '.ba-readout')).toEqual([]);
      // formulas too wide for a phone are drawn smaller, not scrolled (the pose OKS formulas are)
      if (route === '#/pose') expect(await page.locator('[data-formula-scale]').count()).toBeGreaterThan(0);
      await expectNoProblems(problems);
    });
  }

  test('#/segmentation: the confusion heatmap fits the column and plot labels are at least 12 px', async ({
    page,
    problems,
  }) => {
    await page.goto('./#/segmentation');
    await waitForRoute(page);
    await renderAll(page);
    expect(await clipped(page, '.ba-heatmap')).toEqual([]);
    const sizes = await page
      .locator('svg text.ba-plot-label')
      .evaluateAll((ts) => ts.map((t) => (t as SVGTextElement).getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(0);
    // a text box is about 1.15 times the font size
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12 * 1.1);
    await expectNoProblems(problems);
  });
});

test.describe('on a 1920x1080 projector', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('plot labels are at least 16 px; readouts use tabular figures; the figure tools keep their names', async ({
    page,
    problems,
  }) => {
    await page.goto('./#/segmentation');
    await waitForRoute(page);
    await renderAll(page);
    const fonts = await page.locator('svg text.ba-plot-label').evaluateAll((ts) =>
      ts.map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return Number.parseFloat(getComputedStyle(t).fontSize) * scale;
      }),
    );
    expect(fonts.length).toBeGreaterThan(0);
    expect(Math.min(...fonts)).toBeGreaterThanOrEqual(15.9);
    const value = page.locator('.ba-readout__value').first();
    await expect(value).toHaveCSS('font-variant-numeric', 'tabular-nums');
    expect(
      Number.parseFloat(await value.evaluate((v) => getComputedStyle(v).fontSize)),
    ).toBeGreaterThanOrEqual(24);
    const fig = page.locator('figure[data-widget]').first();
    const title = (await fig.locator('.ba-figure__title').textContent())!;
    await expect(fig.getByRole('button', { name: `Reset: ${title}`, exact: true })).toBeVisible();
    await expect(fig.getByRole('button', { name: `Copy link: ${title}`, exact: true })).toBeVisible();
    // on the title line, right of the title
    const t = (await fig.locator('.ba-figure__title').boundingBox())!;
    const r = (await fig.getByRole('button', { name: `Reset: ${title}`, exact: true }).boundingBox())!;
    expect(r.y).toBeLessThan(t.y + t.height);
    expect(r.x).toBeGreaterThan(t.x);
    await expectNoProblems(problems);
  });
});
