/**
 * The landing page stays light (issue 13 item 4): it loads no KaTeX (code,
 * stylesheet or fonts) and no photo; those come with the sections that show
 * them.
 */
import { test, expect, expectNoProblems } from './fixtures';

test('the landing page requests no KaTeX and no photo', async ({ page, problems }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('./#/');
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((p) => /katex/i.test(p))).toEqual([]);
  expect(requested.filter((p) => /\.(png|webp|jpe?g)$/i.test(p))).toEqual([]);
  // The same check sees KaTeX once a section shows a formula.
  await page.goto('./#/image-quality');
  await page.locator('.katex').first().waitFor();
  expect(requested.filter((p) => /katex/i.test(p)).length).toBeGreaterThan(0);
  await expectNoProblems(problems);
});
