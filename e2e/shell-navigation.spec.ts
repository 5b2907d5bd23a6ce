/**
 * The shell's ways to find one's way (issue 14 item 2): the compact header
 * with its menu on phones, the in-page contents of every section, and the
 * previous / next section links.
 */
import { test, expect, expectNoProblems } from './fixtures';
import { sectionRoutes, waitForRoute } from './routes';

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the header is one short bar whose menu button shows the section links; Escape closes it', async ({
    page,
    problems,
  }) => {
    await page.goto('./#/');
    await waitForRoute(page);
    const header = page.locator('header');
    expect((await header.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(64);
    const menu = header.getByRole('button', { name: 'Sections' });
    const detection = header.getByRole('link', { name: 'Detection' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(detection).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(detection).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await expect(detection).toBeHidden();
    await expect(menu).toBeFocused();
    // Keyboard: open with Enter, follow a link; the menu closes on the new page.
    await page.keyboard.press('Enter');
    await expect(detection).toBeVisible();
    await detection.click();
    await expect(page).toHaveURL(/#\/detection$/);
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect((await header.boundingBox())?.height ?? Infinity).toBeLessThanOrEqual(64);
    await expectNoProblems(problems);
  });

  test('the in-page contents are one line above the section and open to list its figures', async ({
    page,
  }) => {
    await page.goto('./#/detection');
    await waitForRoute(page);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const toggle = contents.getByRole('button');
    const box = await toggle.boundingBox();
    expect(box?.height ?? Infinity).toBeLessThanOrEqual(52);
    await expect(contents.locator('a[data-target]').first()).toBeHidden();
    await toggle.click();
    const last = contents.locator('a[data-target]').last();
    await expect(last).toBeVisible();
    const target = (await last.getAttribute('data-target')) ?? '';
    await last.click();
    await expect(page.locator(`figure[data-widget="${target}"]`)).toBeInViewport({ ratio: 0.2 });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toContainText(
      await page.locator(`figure[data-widget="${target}"] :is(h2, h3, h4)`).first().innerText(),
    );
  });
});

test('on a wide screen the header stays one bar whose menu lists every section, and the contents sit beside the text, covering nothing', async ({
  page,
}) => {
  const sectionCount = (await sectionRoutes(page)).length;
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./#/pose');
    await waitForRoute(page);
    const header = page.locator('header');
    // One row: the type grows with the screen (70 px at 1920); two rows of links measured 110-125 px.
    expect((await header.boundingBox())?.height ?? Infinity, `${width}: one bar`).toBeLessThanOrEqual(76);
    const depth = header.getByRole('link', { name: 'Depth' });
    await expect(depth).toBeHidden();
    await header.getByRole('button', { name: 'Sections' }).click();
    await expect(depth).toBeVisible();
    const links = header.locator('.ba-toc a');
    await expect(links).toHaveCount(sectionCount + 1);
    for (const link of await links.all()) await expect(link).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(depth).toBeHidden();
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents.locator('a[data-target]').first()).toBeVisible();
    const rail = await contents.boundingBox();
    const lefts = await page
      .locator('article.ba-section > *')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    expect(rail).not.toBeNull();
    expect(Math.min(...lefts), `${width}: the page starts right of the contents`).toBeGreaterThanOrEqual(
      rail!.x + rail!.width,
    );
  }
});

test('every section lists its figures in order, and following an entry marks it and shows its figure', async ({
  page,
}) => {
  const routes = await sectionRoutes(page);
  for (const route of routes) {
    await page.goto(`./${route}`);
    await waitForRoute(page);
    const ids = await page
      .locator('article figure[data-widget]')
      .evaluateAll((fs) => fs.map((f) => f.getAttribute('data-widget')));
    const entries = page.getByRole('navigation', { name: 'On this page' }).locator('a[data-target]');
    await expect(entries).toHaveCount(ids.length);
    expect(await entries.evaluateAll((as) => as.map((a) => a.getAttribute('data-target')))).toEqual(ids);
    const slug = route.slice(2);
    await expect(entries.first()).toHaveAttribute('href', `#/${slug}?w=${encodeURIComponent(ids[0] ?? '')}`);
    const middle = entries.nth(Math.floor(ids.length / 2));
    await middle.click();
    const figure = page.locator(`figure[data-widget="${await middle.getAttribute('data-target')}"]`);
    await expect(figure).toBeInViewport({ ratio: 0.2 });
    await expect(middle).toHaveAttribute('aria-current', 'location');
    await expect(page.locator('[aria-current="location"]')).toHaveCount(1);
  }
});

test('reading on marks the figure in view', async ({ page }) => {
  await page.goto('./#/segmentation');
  await waitForRoute(page);
  const entries = page.getByRole('navigation', { name: 'On this page' }).locator('a[data-target]');
  await expect(entries.first()).toHaveAttribute('aria-current', 'location');
  const last = page.locator('article figure[data-widget]').last();
  await last.evaluate((f) => window.scrollTo(0, f.getBoundingClientRect().top + window.scrollY - 40));
  await expect(entries.last()).toHaveAttribute('aria-current', 'location');
  await expect(entries.first()).not.toHaveAttribute('aria-current', 'location');
});

test('previous and next lead through the sections in order; the last next leads to all sections', async ({
  page,
}) => {
  const routes = await sectionRoutes(page);
  await page.goto(`./${routes[0]}`);
  await waitForRoute(page);
  const sectionNav = page.getByRole('navigation', { name: 'Section navigation' });
  for (const [i, route] of routes.entries()) {
    await expect(page).toHaveURL(new RegExp(`${route}$`));
    await expect(sectionNav.locator('a[rel="prev"]')).toHaveAttribute('href', routes[i - 1] ?? '#/');
    await expect(sectionNav.locator('a[rel="next"]')).toHaveAttribute('href', routes[i + 1] ?? '#/');
    await sectionNav.locator('a[rel="next"]').click();
    await waitForRoute(page);
  }
  await expect(page.locator('main h1')).toHaveText('Beyond Accuracy');
});
