/**
 * The depth section opens on its trap (issue 14): at scroll 0, with no
 * interaction, the wall-and-book figure shows the same 0.10 m error with
 * AbsRel 0.010 for the wall and 0.100 for the book, and its drawing and both
 * AbsRel readouts are inside the first screen; a slider changes them. On a
 * phone, the hero's formulas and readout table are not clipped.
 */
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  pressOn,
  readout,
  widgetFigure as fig,
  insideViewport,
} from './fixtures';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the first screen shows the wall-and-book trap: AbsRel 0.010 against 0.100, no interaction', async ({
      page,
      problems,
    }) => {
      await page.goto('./#/depth');
      const first = page.locator('article.ba-section figure[data-widget]').first();
      await expect(first).toHaveAttribute('data-widget', 'depth.wall-book');
      const wall = readout(first, 'depth.abs_rel', { subject: 'wall' });
      const book = readout(first, 'depth.abs_rel', { subject: 'book' });
      await expectValue(wall, 0.01, 1e-9);
      await expectValue(book, 0.1, 1e-9);
      await expectValue(readout(first, 'depth.abs_error', { subject: 'wall' }), 0.1, 1e-9);
      await expectValue(readout(first, 'depth.abs_error', { subject: 'book' }), 0.1, 1e-9);
      const drawing = first.locator('svg[role="img"]').first();
      expect((await drawing.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(100);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await insideViewport(page, drawing), 'drawing inside the first screen').toBe(true);
      expect(await insideViewport(page, wall), 'wall AbsRel inside the first screen').toBe(true);
      expect(await insideViewport(page, book), 'book AbsRel inside the first screen').toBe(true);
      await expectNoProblems(problems);
    });
  });
}

test('a slider changes the hero AbsRel readouts', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/depth');
  const f = fig(page, 'depth.wall-book');
  const wall = readout(f, 'depth.abs_rel', { subject: 'wall' });
  const book = readout(f, 'depth.abs_rel', { subject: 'book' });
  await expectValue(book, 0.1, 1e-9);
  // the book 0.2 m short: AbsRel 0.2; the wall on its truth: AbsRel 0
  await pressOn(f.getByRole('slider', { name: 'Predicted book depth (m)' }), 'ArrowLeft');
  await expectValue(book, 0.2, 1e-9);
  await pressOn(f.getByRole('slider', { name: 'Predicted wall depth (m)' }), 'ArrowRight');
  await expectValue(wall, 0, 1e-12);
  await expectNoProblems(problems);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test("the hero's formulas and readout table are not clipped", async ({ page }) => {
    await page.goto('./#/depth');
    const f = fig(page, 'depth.wall-book');
    await f.scrollIntoViewIfNeeded();
    await f.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await expect(f.locator('.katex-display')).toHaveCount(6);
    const clipped = await f.evaluate((root) => {
      const bad: string[] = [];
      for (const el of root.querySelectorAll<HTMLElement>('.katex-display, table, [data-value]')) {
        const name = el.dataset.metric ?? el.className;
        if (el.scrollWidth > el.clientWidth) bad.push(`${name}: ${el.scrollWidth} > ${el.clientWidth}`);
        const box = el.getBoundingClientRect();
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const outer = a.getBoundingClientRect();
          if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5)
            bad.push(`${name} in ${a.className}`);
          break;
        }
      }
      return bad;
    });
    expect(clipped).toEqual([]);
  });
});
