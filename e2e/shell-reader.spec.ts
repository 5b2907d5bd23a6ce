/**
 * What the shell keeps for the reader (issue 14 item 8): the three-way theme
 * choice, self-check answers across reloads (and clearing them), references
 * as links, the landing cards, and a plain message when a section cannot load.
 */
import { test, expect, expectNoProblems } from './fixtures';
import { waitForRoute } from './routes';

test('the theme choice: system follows the system live, light and dark are remembered', async ({ page }) => {
  const html = page.locator('html');
  const choice = (name: string) => page.locator('header').getByRole('radio', { name: `Theme: ${name}` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/');
  await expect(choice('system')).toBeChecked();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await choice('light').check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(choice('light')).toBeChecked();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await choice('dark').check();
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await choice('system').check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(choice('system')).toBeChecked();
  // Keyboard: arrows move between the three choices.
  await choice('system').focus();
  await page.keyboard.press('ArrowRight');
  await expect(choice('light')).toBeChecked();
});

test('self-check answers survive a reload until the reader clears them', async ({ page, problems }) => {
  await page.goto('./#/pose');
  await waitForRoute(page);
  const check = page.locator('[data-selfcheck="pose.selfcheck"]');
  const first = check.locator('[data-question]').first();
  await first.scrollIntoViewIfNeeded();
  await first.locator('input[type="radio"]').nth(2).check();
  const verdict = (await first.getAttribute('data-correct')) ?? '';
  expect(['true', 'false']).toContain(verdict);
  const feedback = (await first.locator('.ba-selfcheck__feedback').innerText()).trim();
  expect(feedback.length).toBeGreaterThan(10);

  await page.reload();
  await waitForRoute(page);
  await expect(first).toHaveAttribute('data-correct', verdict);
  await expect(first.locator('input[type="radio"]').nth(2)).toBeChecked();
  await expect(first.locator('.ba-selfcheck__feedback')).toHaveText(feedback);

  await check.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(first).not.toHaveAttribute('data-correct', /./);
  await page.reload();
  await waitForRoute(page);
  await expect(first.locator('input[type="radio"]:checked')).toHaveCount(0);
  await expect(first).not.toHaveAttribute('data-correct', /./);
  await expectNoProblems(problems);
});

test('a damaged progress record is ignored', async ({ page, problems }) => {
  await page.addInitScript(() =>
    window.localStorage.setItem('beyond-accuracy.progress', '{"version":1,"answers":'),
  );
  await page.goto('./#/depth');
  await waitForRoute(page);
  await expect(page.locator('[data-question] input[type="radio"]:checked')).toHaveCount(0);
  await expectNoProblems(problems);
});

test('references with a DOI or an address are links', async ({ page }) => {
  await page.goto('./#/image-quality');
  await waitForRoute(page);
  const refs = page.locator('.ba-references li');
  expect(await refs.count()).toBeGreaterThan(0);
  const links = page.locator('.ba-references a[href^="http"]');
  expect(await links.count()).toBeGreaterThan(0);
  for (const rel of await links.evaluateAll((as) => as.map((a) => a.getAttribute('rel'))))
    expect(rel).toBe('noreferrer');
  await expect(page.locator('.ba-references a[href^="https://doi.org/"]').first()).toBeVisible();
});

test('the landing cards show the hero picture, the place in the reading order and the reading time', async ({
  page,
}) => {
  await page.goto('./#/');
  await waitForRoute(page);
  const cards = page.locator('main li[data-section]');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const card = cards.nth(i);
    await expect(card).toContainText(new RegExp(`Part ${i + 1} · \\d+ min read`));
    const img = card.locator('img');
    await img.scrollIntoViewIfNeeded();
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0)))
      .toBe(640);
    await expect(img).toHaveAttribute('loading', 'lazy');
  }
});

test.describe('without the offline copy', () => {
  // A service worker could serve the blocked chunk from its cache (e2e/offline.spec.ts covers that path).
  test.use({ serviceWorkers: 'block' });

  test('a section whose code cannot be downloaded says so plainly and can try again', async ({ page }) => {
    await page.goto('./#/');
    await waitForRoute(page);
    let block = true;
    await page.route(/\/assets\/.*(Pose|pose).*\.(js|css)$/, (route) =>
      block ? route.abort() : route.continue(),
    );
    const header = page.locator('header');
    await header.getByRole('button', { name: 'Sections' }).click();
    await header.getByRole('link', { name: 'Pose' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This part of the app could not be loaded.');
    await expect(alert).toContainText('Check your connection and try again.');
    await expect(alert).not.toContainText('preload');
    block = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('figure[data-widget="pose.paradox"]')).toBeVisible();
  });
});
