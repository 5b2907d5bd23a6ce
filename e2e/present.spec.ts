/**
 * Presentation mode and Enlarge (issue 16 items 1 and 2): "Present" on every
 * section walks the slides with PageDown; no slide scrolls at 1920x1080 or
 * 1280x720 and headline readouts are at least 48 px tall; Esc returns to the
 * figure on the page; `?slide=3&s=...` deep-links with the state; Q shows a QR
 * code that decodes to the slide's link; keys inside a control act on the
 * control; Enlarge shows the figure alone and Esc closes it; axe finds no
 * serious or critical violation.
 */
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { decode } from 'fast-png';
import jsQR from 'jsqr';
import { test, expect, expectNoProblems, readValue } from './fixtures';
import { expectSlideFits, expectTextFloor, slideCounter as counter } from './slideChecks';

/**
 * Every section that has a page, from the app's own catalogue (src/app/sections.ts: a row becomes a
 * routed, listed section once its page file exists), so a new section is presented and checked
 * without editing this list.
 */
function presentedSections(): string[] {
  const catalogue = readFileSync(new URL('../src/app/sections.ts', import.meta.url), 'utf8');
  const rows = [...catalogue.matchAll(/slug: '([^']+)',[^}]*?page: '([^']+)'/g)];
  const slugs = rows
    .filter(([, , page]) => existsSync(new URL(`../src/sections/${page}`, import.meta.url)))
    .map(([, slug]) => slug ?? '');
  if (slugs.length < 8) throw new Error(`only ${slugs.length} sections found in src/app/sections.ts`);
  return slugs;
}
const SECTIONS = presentedSections();

/** Sections that show no numbers to mark as headline readouts (the Lab computes only on files). */
const NO_HEADLINES = new Set(['lab']);

/** The rendered heights of the current slide's headline readout values. */
function headlineHeights(page: Page): Promise<number[]> {
  return page
    .locator('.ba-present__stage [data-iso-target] [data-headline] .ba-readout__value')
    .evaluateAll((els) =>
      els.filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().height),
    );
}

for (const slug of SECTIONS) {
  test(`${slug}: Present and PageDown walk every slide; nothing scrolls at 1920x1080 and 1280x720; headlines >= 48 px`, async ({
    page,
    problems,
  }) => {
    test.slow();
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto(`#/${slug}`);
    await expect(page.locator('figure[data-widget]').first()).toBeVisible();
    await page.getByRole('button', { name: /^Present:/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/present/${slug}\\?slide=1`));
    await expectSlideFits(page, 1);
    const [, total] = await counter(page);
    expect(total).toBeGreaterThanOrEqual(3);

    const axe = await new AxeBuilder({ page }).analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    const figures = new Set<string>();
    let headlines = 0;
    for (let n = 1; n <= total; n += 1) {
      await expectSlideFits(page, n);
      expect(await counter(page)).toEqual([n, total]);
      await expect(page).toHaveURL(new RegExp(`slide=${n}(&|$)`));
      const figure = await page.locator('.ba-present').getAttribute('data-figure');
      if (figure) figures.add(figure);
      const heights = await headlineHeights(page);
      for (const h of heights) expect(h, `headline readout on slide ${n}`).toBeGreaterThanOrEqual(48);
      await expectTextFloor(page, `${slug} slide ${n}`);
      headlines += heights.length;
      if (n < total) await page.keyboard.press('PageDown');
    }
    // every figure of the page has a slide, and the section marks headline readouts
    const pageFigures = await page
      .locator('.ba-present__stage figure[data-widget]')
      .evaluateAll((els) =>
        els
          .filter((e) => !e.parentElement?.closest('figure[data-widget]'))
          .map((e) => (e as HTMLElement).dataset.widget),
      );
    expect([...figures].sort()).toEqual([...new Set(pageFigures)].sort());
    // #/choosing recommends metrics and shows no numbers, so it has no headline readouts
    if (!NO_HEADLINES.has(slug)) expect(headlines).toBeGreaterThan(0);

    // the same slides at 1280x720
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Home');
    for (let n = 1; n <= total; n += 1) {
      await expectSlideFits(page, n);
      if (n < total) await page.keyboard.press('ArrowRight');
    }
    await expectNoProblems(problems);
  });
}

test('Esc returns to the page at the slide’s figure; P opens the slide of the figure on screen', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('#/present/detection?slide=3');
  await expectSlideFits(page, 3);
  const figure = await page.locator('.ba-present').getAttribute('data-figure');
  expect(figure).toBe('detection.ap');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/detection\?/);
  expect(page.url()).toMatch(/[?&]w=detection\.ap(&|$)/);
  const onPage = page.locator('figure[data-widget="detection.ap"]');
  await expect(onPage).toHaveAttribute('data-highlighted', 'true');
  await expect(onPage).toBeInViewport();

  // P on the page: the figure nearest the top (detection.ap, just scrolled to) opens
  await onPage.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect.poll(async () => Math.abs((await onPage.boundingBox())?.y ?? 1e9)).toBeLessThan(60);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/#\/present\/detection\?slide=3/);
  await expect(page.locator('.ba-present')).toHaveAttribute('data-figure', 'detection.ap');
  await expectNoProblems(problems);
});

test('?slide=3 with &s= deep-links to the slide and the state; Q shows a QR code of the slide’s link', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('#/segmentation');
  const pixelAccuracy = page
    .locator('figure[data-widget="segmentation.metrics"] [data-metric="segmentation.pixel_accuracy"]')
    .first();
  expect(await readValue(pixelAccuracy)).toBeLessThan(0.9);
  await page.getByRole('button', { name: 'Misses small objects' }).click();
  await expect.poll(async () => Number(await readValue(pixelAccuracy))).toBeGreaterThan(0.98);
  await expect(page).toHaveURL(/[?&]s=/);
  const s = new URL(page.url().replace('#/segmentation', '')).searchParams.get('s');
  expect(s).toBeTruthy();

  // a fresh page opens the deep link
  const deep = await page.context().newPage();
  await deep.setViewportSize({ width: 1920, height: 1080 });
  await deep.goto(`#/present/segmentation?slide=3&s=${encodeURIComponent(s ?? '')}`);
  await expectSlideFits(deep, 3);
  expect(await counter(deep)).toEqual([3, (await counter(deep))[1]]);
  await expect(deep.locator('.ba-present')).toHaveAttribute('data-figure', 'segmentation.metrics');
  const shown = deep.locator('[data-iso-target] [data-metric="segmentation.pixel_accuracy"]').first();
  await expect(shown).toBeVisible();
  await expect.poll(async () => Number(await readValue(shown))).toBeGreaterThan(0.98);
  const heights = await headlineHeights(deep);
  expect(heights.length).toBeGreaterThan(0);
  for (const h of heights) expect(h).toBeGreaterThanOrEqual(48);

  // Q: a QR code of the slide's absolute link
  await deep.keyboard.press('q');
  const code = deep.locator('.ba-present__qr-code');
  await expect(code).toBeVisible();
  const box = await code.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(400);
  const png = decode(await code.screenshot());
  const rgba = new Uint8ClampedArray(png.width * png.height * 4);
  const channels = png.channels;
  for (let i = 0; i < png.width * png.height; i += 1) {
    for (let c = 0; c < 3; c += 1) rgba[i * 4 + c] = Number(png.data[i * channels + (channels >= 3 ? c : 0)]);
    rgba[i * 4 + 3] = 255;
  }
  const decoded = jsQR(rgba, png.width, png.height);
  expect(decoded, 'the QR code decodes').not.toBeNull();
  const link = decoded?.data ?? '';
  await expect(deep.locator('.ba-present__qr-link')).toHaveText(link);
  const origin = new URL(deep.url()).origin;
  expect(link.startsWith(`${origin}/#/segmentation?`)).toBe(true);
  expect(link).toContain('w=segmentation.metrics');

  // the link opens the same state on the section page (as a phone would)
  const phone = await page.context().newPage();
  await phone.goto(link);
  const onPhone = phone
    .locator('figure[data-widget="segmentation.metrics"] [data-metric="segmentation.pixel_accuracy"]')
    .first();
  await expect.poll(async () => Number(await readValue(onPhone))).toBeGreaterThan(0.98);

  // Esc closes the QR code first, then leaves presentation mode
  await deep.keyboard.press('Escape');
  await expect(code).toHaveCount(0);
  await expect(deep).toHaveURL(/#\/present\/segmentation/);
  await expectNoProblems(problems);
});

test('keys in a control act on the control; PageDown always changes the slide; buttons work', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('#/present/detection?slide=2');
  await expectSlideFits(page, 2);
  await expect(page.locator('.ba-present')).toHaveAttribute('data-figure', 'detection.scale');
  const slider = page.locator('[data-iso-target]').getByRole('slider').first();
  const before = await slider.inputValue();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).not.toHaveValue(before);
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '2');
  await page.keyboard.press('PageDown');
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '3');
  await page.getByRole('button', { name: 'Previous slide' }).click();
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '2');
  await page.getByRole('button', { name: 'Next slide' }).click();
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '3');
  // focus stays on Next: the arrows still change slides; Space presses the button once, not twice
  await expect(page.getByRole('button', { name: 'Next slide' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '2');
  await page.getByRole('button', { name: 'Next slide' }).focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '3');
  // notes toggle with N (focus on the page, not in a control)
  await page.locator('.ba-present__head').click();
  await page.keyboard.press('n');
  await expect(page.locator('.ba-present__notes')).toContainText('matched');
  await page.keyboard.press('End');
  const [n, total] = await counter(page);
  expect(n).toBe(total);
  await expectSlideFits(page, total);
  await expectNoProblems(problems);
});

test('N lays the notes over the slide without shrinking the figure; the notes window follows the slides', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('#/present/pose?slide=1');
  await expectSlideFits(page, 1);
  const [, total] = await counter(page);
  const figure = page.locator('.ba-present__stage [data-iso-target]');
  const before = await figure.boundingBox();
  await page.locator('.ba-present__head').click();
  await page.keyboard.press('n');
  const panel = page.locator('.ba-present__notes');
  await expect(panel).toContainText('OKS scales the error');
  await expect(page.locator('.ba-present')).toHaveAttribute('data-notes', 'true');
  const after = await figure.boundingBox();
  expect(after?.width).toBe(before?.width);
  expect(after?.height).toBe(before?.height);

  const [notes] = await Promise.all([
    page.context().waitForEvent('page'),
    panel.getByRole('button', { name: 'Open notes in a new window' }).click(),
  ]);
  await expect(notes).toHaveURL(/#\/present\/pose\/notes$/);
  const heading = notes.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('The same pixel error, two different scores');
  await expect(notes.locator('.ba-notes-window__counter')).toHaveText(`Slide 1 of ${total}`);
  await expect(notes.locator('.ba-notes-window__notes')).toContainText('OKS scales the error');
  await expect(notes.locator('.ba-notes-window__next')).toContainText('Where the score comes from');
  await expect(notes.locator('.ba-notes-window__timer time')).toHaveText(/^\d+:\d\d$/);
  // PageDown in the presentation moves the notes window along
  await page.keyboard.press('PageDown');
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '2');
  await expect(heading).toHaveText('Where the score comes from');
  await expect(notes.locator('.ba-notes-window__counter')).toHaveText(`Slide 2 of ${total}`);
  // and PageDown in the notes window moves the presentation
  await notes.keyboard.press('PageDown');
  await expect(page.locator('.ba-present')).toHaveAttribute('data-slide', '3');
  await expect(heading).toHaveText('OKS rings: the tolerance per joint');
  const axe = await new AxeBuilder({ page: notes }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await expectNoProblems(problems);
});

test('Enlarge shows the figure alone, fitted; Esc closes it and returns focus', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('#/detection');
  const figure = page.locator('figure[data-widget="detection.ap"]');
  await figure.getByRole('button', { name: /^More/ }).click();
  await figure.getByRole('button', { name: /^Enlarge: / }).click();
  await expect(page.getByRole('button', { name: /^Close enlarged figure/ })).toBeFocused();
  await expect(page.locator('h1').first()).toBeHidden();
  await expect(page.locator('figure[data-widget="detection.iou"]')).toBeHidden();
  await expect(figure).toBeVisible();
  await expect
    .poll(() =>
      figure.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const doc = document.documentElement;
        return (
          el.dataset.fitZoom !== undefined &&
          r.top >= 0 &&
          r.bottom <= window.innerHeight + 1 &&
          r.left >= 0 &&
          r.right <= window.innerWidth + 1 &&
          doc.scrollHeight <= doc.clientHeight
        );
      }),
    )
    .toBe(true);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('figure[data-widget="detection.iou"]')).toBeVisible();
  await expect(figure.getByRole('button', { name: /^More/ })).toBeFocused();
  await expect(figure).toBeInViewport();
  expect(await figure.evaluate((el) => el.style.zoom + el.style.width)).toBe('');
  await expectNoProblems(problems);
});
