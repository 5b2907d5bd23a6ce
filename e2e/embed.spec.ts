/**
 * Embedded figures (issue 16, item 3): `#/embed/<widget id>` in an iframe of
 * another page shows one figure without the app's chrome, posts its height to
 * the parent, applies the `?s=` state, stays live, links back to the app, and
 * the figure menu's Embed item gives the iframe snippet.
 */
import AxeBuilder from '@axe-core/playwright';
import { deflateSync } from 'fflate';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, pressOn, readValue, readout } from './fixtures';
import { decodeLink } from './share-state';
import { boxOf, iou, type Box } from './detection-helpers';

const GT: Box = [133, 347, 76, 76];

/** A `?s=` value for `{widgetId: state}`, encoded here as DESIGN.md says (independently of the app). */
function shareValue(states: Record<string, unknown>): string {
  return `1.${Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(states)))).toString('base64url')}`;
}

/**
 * Opens a test page (served by the test at the preview's origin) whose iframe shows `embedPath`
 * and which records every message from the frame in `window.__messages` and sizes the iframe
 * to the posted height.
 */
async function openParent(page: Page, embedPath: string, width = 800): Promise<FrameLocator> {
  const base = test.info().project.use.baseURL ?? 'http://127.0.0.1:4173/';
  const url = new URL('./__embed-parent.html', base).href;
  const src = new URL(`./${embedPath}`, base).href;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>A course page</title></head><body>
<header class="course-header"><h1>Course notes</h1></header>
<iframe id="embed" src="${src}" title="Embedded figure" width="${width}" height="600" style="border:0"></iframe>
<script>
window.__messages = [];
addEventListener('message', (e) => {
  window.__messages.push(e.data);
  if (e.data && e.data.type === 'beyond-accuracy:height') document.getElementById('embed').height = String(e.data.height);
});
</script></body></html>`,
    }),
  );
  await page.goto(url);
  return page.frameLocator('#embed');
}

/** The heights the frame posted so far. */
async function postedHeights(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    ((window as unknown as { __messages: { type?: string; height?: number }[] }).__messages ?? [])
      .filter((m) => m?.type === 'beyond-accuracy:height')
      .map((m) => m.height ?? -1),
  );
}

test('an embedded figure in an iframe posts its height, shows only the figure and links to the app', async ({
  page,
  problems,
}) => {
  const frame = await openParent(page, '#/embed/detection.iou');
  const figure = frame.locator('figure[data-widget="detection.iou"]');
  await expect(figure).toBeVisible();
  expect(await readValue(readout(figure, 'box_iou'))).toBeCloseTo(4352 / 7200, 9);
  // no app chrome: no site header, navigation, contents or section links, and no other figure
  await expect(frame.locator('.ba-header')).toHaveCount(0);
  await expect(frame.locator('nav:visible')).toHaveCount(0);
  await expect(frame.locator('.ba-contents:visible, .ba-section-nav:visible')).toHaveCount(0);
  await expect(frame.locator('figure[data-widget]:visible')).toHaveCount(1);
  await expect(frame.locator('h1:visible')).toHaveCount(0);
  // the height: posted, and the iframe sized to it shows the whole embed without scrolling
  await expect.poll(async () => (await postedHeights(page)).at(-1) ?? 0).toBeGreaterThan(300);
  const posted = (await postedHeights(page)).at(-1) ?? 0;
  const content = await frame.locator('main').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  expect(Math.abs(posted - content)).toBeLessThanOrEqual(1);
  await expect(page.locator('#embed')).toHaveAttribute('height', String(posted));
  // Open in Beyond Accuracy: the section page, this figure, a new tab
  const open = frame.getByRole('link', { name: /Open in Beyond Accuracy/ });
  await expect(open).toHaveAttribute('target', '_blank');
  await expect(open).toHaveAttribute('rel', /noopener/);
  const href = (await open.getAttribute('href')) ?? '';
  expect(href).toMatch(/#\/detection\?/);
  expect(new URL(href).hash).toMatch(/[?&]w=detection\.iou(&|$)/);
  await expectNoProblems(problems);
});

test('the embed applies the ?s= state, stays live, and its link carries the new state', async ({
  page,
  problems,
}) => {
  const onTruth: Box = [...GT];
  const frame = await openParent(
    page,
    `#/embed/detection.iou?s=${shareValue({ 'detection.iou': { gt: GT, pred: onTruth } })}`,
    360,
  );
  const figure = frame.locator('figure[data-widget="detection.iou"]');
  const pred = figure.getByRole('button', { name: /^predicted box/ });
  await expect(pred).toBeVisible();
  expect(await boxOf(pred)).toEqual(onTruth);
  expect(await readValue(readout(figure, 'box_iou'))).toBeCloseTo(1, 9);
  // operate the embedded figure: the readout changes
  await pressOn(pred, 'Shift+ArrowRight', 2);
  const moved = await boxOf(pred);
  expect(moved).toEqual([GT[0] + 20, GT[1], 76, 76]);
  await expect.poll(() => readValue(readout(figure, 'box_iou'))).toBeCloseTo(iou(GT, moved), 9);
  const open = frame.getByRole('link', { name: /Open in Beyond Accuracy/ });
  await expect
    .poll(async () => decodeLink((await open.getAttribute('href')) ?? '')['detection.iou'])
    .toEqual({ gt: GT, pred: moved });
  await expectNoProblems(problems);
});

test('an unknown widget id shows a plain message', async ({ page, problems }) => {
  await page.goto('./#/embed/detection.no-such-figure');
  await expect(page.getByRole('heading', { name: 'Figure not found' })).toBeVisible();
  await expect(page.getByText(/no figure called “detection\.no-such-figure”/)).toBeVisible();
  await expect(page.locator('figure[data-widget]:visible')).toHaveCount(0);
  await page.goto('./#/embed/nothing');
  await expect(page.getByRole('heading', { name: 'Figure not found' })).toBeVisible();
  await expect(page.locator('.ba-header')).toHaveCount(0);
  await expectNoProblems(problems);
});

test('the figure menu offers the iframe snippet of the figure in its current state', async ({
  page,
  problems,
}) => {
  await page.goto('./#/detection');
  const figure = page.locator('figure[data-widget="detection.iou"]');
  const pred = figure.getByRole('button', { name: /^predicted box/ });
  await pressOn(pred, 'ArrowLeft', 12);
  await pressOn(pred, 'ArrowUp', 8);
  await expect.poll(() => readValue(readout(figure, 'box_iou'))).toBeCloseTo(1, 9);
  await figure.getByRole('button', { name: 'More: IoU playground' }).click();
  await page.getByRole('button', { name: 'Embed: IoU playground' }).click();
  const dialog = page.getByRole('dialog', { name: /Embed “IoU playground”/ });
  await expect(dialog).toBeVisible();
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  const m =
    /^<iframe src="([^"]+)" title="IoU playground" width="100%" height="600" style="border:0" loading="lazy"><\/iframe>$/.exec(
      code,
    );
  expect(m, code).not.toBeNull();
  const src = (m?.[1] ?? '').replace(/&amp;/g, '&');
  expect(src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/embed\/detection\.iou\?s=1\./);
  expect(decodeLink(src)['detection.iou']).toEqual({ gt: GT, pred: GT });
  await dialog.getByRole('button', { name: 'Copy embed code: IoU playground' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Copied|Could not copy/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(figure.getByRole('button', { name: 'More: IoU playground' })).toBeFocused();
  // the snippet's address shows the same state
  await page.goto(src);
  const embedded = page.locator('figure[data-widget="detection.iou"]');
  expect(await readValue(readout(embedded, 'box_iou'))).toBeCloseTo(1, 9);
  await expectNoProblems(problems);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical violation in the embed view (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const id of ['detection.iou', 'segmentation.painter']) {
      await page.goto(`./#/embed/${id}`);
      await expect(page.locator(`figure[data-widget="${id}"] [data-metric]`).first()).toBeVisible();
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(bad, id).toEqual([]);
    }
  });
}
