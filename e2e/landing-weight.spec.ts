/**
 * The landing page stays light (issue 13 item 4): it loads no KaTeX (code,
 * stylesheet or fonts) and no photo; those come with the sections that show
 * them. Since issue 14 its cards show small hero pictures (JPEG screenshots
 * of each section's hero figure, src/assets/heroes): those and only those
 * images may load, each under 80 kB.
 */
import { test, expect, expectNoProblems } from './fixtures';

test('the landing page requests no KaTeX and no photo, only the small hero pictures', async ({
  page,
  problems,
}) => {
  const requested: string[] = [];
  const imageBytes: Record<string, number> = {};
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  page.on('response', async (r) => {
    const path = new URL(r.url()).pathname;
    if (/\.(png|webp|jpe?g)$/i.test(path))
      imageBytes[path] = (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto('./#/');
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((p) => /katex/i.test(p))).toEqual([]);
  // Hero pictures are hashed copies of src/assets/heroes/<section>.jpg: /assets/<section>-<hash>.jpg.
  const hero = /\/assets\/[a-z-]+-[\w-]{8}\.jpg$/;
  const images = requested.filter((p) => /\.(png|webp|jpe?g)$/i.test(p));
  expect(images.filter((p) => !hero.test(p))).toEqual([]);
  await page.locator('main li[data-section] img').last().scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  for (const [path, bytes] of Object.entries(imageBytes)) {
    if (hero.test(path)) expect(bytes, path).toBeLessThan(80_000);
  }
  expect(requested.filter((p) => /images\/(display\/)?[a-z]+[-.]/.test(p))).toEqual([]);
  // The same check sees KaTeX once a section shows a formula.
  await page.goto('./#/image-quality');
  // Formulas render as they come near the screen: bring the first one there.
  await page.locator('[data-formula]').first().scrollIntoViewIfNeeded();
  await page.locator('.katex').first().waitFor({ state: 'attached' });
  expect(requested.filter((p) => /katex/i.test(p)).length).toBeGreaterThan(0);
  await expectNoProblems(problems);
});
