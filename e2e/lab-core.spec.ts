/**
 * The Lab's frame (#/lab) and its shared file inputs, operated like a person:
 * files given through the labelled pickers (setInputFiles, and the keyboard's
 * file chooser) and dropped with a real DataTransfer; a wrong type, an empty
 * file and a file over the stated cap each give a message naming the file
 * and lose nothing; a good file after them loads. Every request made while
 * the panels run their examples and read the reader's files stays on the
 * page's origin, and nothing about the files is stored. Axe in both themes.
 * (Cancel and its ordering are tested on the COCO panel, e2e/lab-coco.spec.ts.)
 */
import { closeSync, mkdtempSync, openSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, horizontalOverflow, widgetFigure as fig } from './fixtures';

const PANELS = ['lab.coco', 'lab.segmentation', 'lab.image-pair', 'lab.depth'];
const GT_LABEL = 'Ground truth (COCO JSON)';

/** A minimal valid COCO ground truth: one image, one category, one box. */
const GROUND_TRUTH = JSON.stringify({
  images: [{ id: 1, width: 64, height: 48 }],
  categories: [{ id: 1, name: 'thing' }],
  annotations: [{ id: 1, image_id: 1, category_id: 1, bbox: [4, 4, 20, 10], area: 200, iscrowd: 0 }],
});

const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

/** The drop zone of an input, by its label. */
const zone = (page: Page, label: string): Locator => page.locator(`.ba-lab-drop[data-drop="${label}"]`);

/** Drops files on a drop zone with a real DataTransfer, as a drag from the desktop would. */
async function dropFiles(
  target: Locator,
  files: { name: string; type: string; text: string }[],
): Promise<void> {
  await target.evaluate((el, list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, files);
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#/lab');
  await page.locator('main h1').first().waitFor();
});

test('the page says files stay in the browser and links carry settings only, then shows the four panels in order, each with an example', async ({
  page,
  problems,
}) => {
  await expect(page.getByRole('heading', { name: 'Your files stay in your browser' })).toBeVisible();
  await expect(page.getByText('Links restore the settings, never your files.')).toBeVisible();
  const order = await page
    .locator('article.ba-section figure[data-widget]')
    .evaluateAll((els) =>
      els
        .filter((e) => !e.parentElement?.closest('figure[data-widget]'))
        .map((e) => (e as HTMLElement).dataset.widget),
    );
  expect(order).toEqual(PANELS);
  for (const id of PANELS)
    await expect(fig(page, id).getByRole('button', { name: 'Load an example' }), id).toBeVisible();
  await expectNoProblems(problems);
});

test('a wrong type and an empty file each give a message naming the file; a good file after them loads', async ({
  page,
  problems,
}) => {
  const coco = fig(page, 'lab.coco');
  const input = page.getByLabel(GT_LABEL, { exact: true });
  const state = zone(page, GT_LABEL).locator('.ba-lab-drop__state');
  const alerts = coco.getByRole('alert');

  await input.setInputFiles(json('gt.json', GROUND_TRUTH));
  await expect(state).toHaveText(/^Loaded: gt\.json \(/);

  await input.setInputFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from([137, 80, 78, 71]),
  });
  await expect(alerts).toContainText('photo.png is not a file this input reads (expected .json)');
  await expect(state, 'the file loaded before is kept').toHaveText(/^Loaded: gt\.json \(/);

  await input.setInputFiles(json('empty.json', ''));
  await expect(alerts).toContainText('empty.json is empty (0 bytes)');
  await expect(state).toHaveText(/^Loaded: gt\.json \(/);

  await input.setInputFiles(json('second.json', GROUND_TRUTH));
  await expect(state).toHaveText(/^Loaded: second\.json \(/);
  await expectNoProblems(problems);
});

test('a file the browser cannot read (NotReadableError, as when it changed after it was picked) gives a message naming it', async ({
  page,
  problems,
}) => {
  // The browser fails this read itself in real life (a file moved or changed after it was chosen);
  // here the test makes Blob.arrayBuffer fail for one file name, the same error the browser gives.
  await page.evaluate(() => {
    const read = Blob.prototype.arrayBuffer;
    Blob.prototype.arrayBuffer = function (this: Blob) {
      if (this instanceof File && this.name === 'locked.json')
        return Promise.reject(new DOMException('The requested file could not be read.', 'NotReadableError'));
      return read.call(this);
    };
  });
  const input = page.getByLabel(GT_LABEL, { exact: true });
  await input.setInputFiles(json('gt.json', GROUND_TRUTH));
  await input.setInputFiles(json('locked.json', GROUND_TRUTH));
  const alerts = fig(page, 'lab.coco').getByRole('alert');
  await expect(alerts).toContainText('locked.json could not be read: The requested file could not be read.');
  await expect(zone(page, GT_LABEL).locator('.ba-lab-drop__state')).toHaveText(/^Loaded: gt\.json \(/);
  await alerts.getByRole('button', { name: /^Dismiss: locked\.json/ }).click();
  await expect(alerts).not.toContainText('locked.json');
  await expectNoProblems(problems);
});

test('a result downloads as a CSV file made in the page: a header, CRLF line ends, no request', async ({
  page,
  problems,
}) => {
  const coco = fig(page, 'lab.coco');
  await coco.getByRole('button', { name: 'Load an example' }).click();
  await expect(coco.locator('.ba-lab-job').first()).toHaveAttribute('data-status', 'done', {
    timeout: 30_000,
  });
  const csvButton = coco.getByRole('button', { name: /\(CSV\)$/ }).first();
  const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const lines = text.split('\r\n');
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.at(-1), 'ends with CRLF').toBe('');
  expect(lines[0]).toMatch(/^[^\n]+,[^\n]+$/);
  await expectNoProblems(problems);
});

test('a file over the stated cap is refused before it is read, with a message giving its size and the cap', async ({
  page,
  problems,
}) => {
  await expect(zone(page, GT_LABEL)).toContainText('.json, up to 512 MB');
  // A sparse file of 513 MB: nothing is written to disk, and the page refuses it by its size alone.
  const path = join(mkdtempSync(join(tmpdir(), 'lab-core-')), 'huge.json');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, 513 * 1024 * 1024);
  closeSync(fd);
  await page.getByLabel(GT_LABEL, { exact: true }).setInputFiles(path);
  await expect(fig(page, 'lab.coco').getByRole('alert')).toContainText(
    'huge.json is 513 MB, over this input’s cap of 512 MB. Nothing was loaded.',
  );
  await expect(zone(page, GT_LABEL).locator('.ba-lab-drop__state')).toHaveText('No file yet');
  await expectNoProblems(problems);
});

test('files dropped on a zone are read like picked ones, a wrong one refused by name; a drop beside the zones changes nothing', async ({
  page,
  problems,
}) => {
  const target = zone(page, GT_LABEL);
  await dropFiles(target, [{ name: 'notes.txt', type: 'text/plain', text: 'hello' }]);
  await expect(fig(page, 'lab.coco').getByRole('alert')).toContainText(
    'notes.txt is not a file this input reads',
  );
  await dropFiles(target, [{ name: 'dropped.json', type: 'application/json', text: GROUND_TRUTH }]);
  await expect(target.locator('.ba-lab-drop__state')).toHaveText(/^Loaded: dropped\.json \(/);

  // Outside every zone the browser would open the file in place of the page: the Lab stops that.
  const prevented = await page.locator('main h1').evaluate((el) => {
    const dt = new DataTransfer();
    dt.items.add(new File(['x'], 'stray.json', { type: 'application/json' }));
    const drop = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true });
    el.dispatchEvent(drop);
    return drop.defaultPrevented;
  });
  expect(prevented).toBe(true);
  await expect(page).toHaveURL(/#\/lab$/);
  await expectNoProblems(problems);
});

test('the keyboard reaches a file input, shows where it is, and Enter opens the file chooser', async ({
  page,
  problems,
}) => {
  const input = page.getByLabel(GT_LABEL, { exact: true });
  // From the COCO figure's own buttons (Reset, Copy link, More), Tab walks into its first drop zone.
  await fig(page, 'lab.coco').getByRole('button').first().focus();
  for (let i = 0; i < 12 && !(await input.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  const choose = zone(page, GT_LABEL).locator('.ba-lab-drop__choose');
  await expect(choose).toHaveCSS('outline-style', 'solid');
  const chooser = page.waitForEvent('filechooser');
  // Enter on the focused input (a late re-render must not leave the key with nothing focused).
  await input.press('Enter');
  await (await chooser).setFiles(json('keyboard.json', GROUND_TRUTH));
  await expect(zone(page, GT_LABEL).locator('.ba-lab-drop__state')).toHaveText(/^Loaded: keyboard\.json \(/);
  await expectNoProblems(problems);
});

test('no request leaves the origin, none sends data, and nothing about the files is stored, while every panel runs its example and reads a file', async ({
  page,
  baseURL,
  problems,
}) => {
  test.slow();
  const requests: { url: string; method: string }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  await page.reload();
  await page.locator('main h1').first().waitFor();

  for (const id of PANELS) {
    await fig(page, id).getByRole('button', { name: 'Load an example' }).click();
    await expect(fig(page, id).locator('.ba-lab-job').first(), id).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    });
  }
  const secret = 'lab-secret-7f3a9c.json';
  await page.getByLabel(GT_LABEL, { exact: true }).setInputFiles(json(secret, GROUND_TRUTH));
  await expect(zone(page, GT_LABEL).locator('.ba-lab-drop__state')).toContainText(secret);

  const origin = new URL(baseURL ?? page.url()).origin;
  const leaving = requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin);
  expect(leaving, 'requests to other origins').toEqual([]);
  expect(
    requests.filter((r) => r.method !== 'GET'),
    'requests that send data',
  ).toEqual([]);
  const stored = await page.evaluate(() =>
    [location.href, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].join('\n'),
  );
  expect(stored).not.toContain('lab-secret');
  await expectNoProblems(problems);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on #/lab in the ${scheme} theme, with every example loaded`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.reload();
    await page.locator('main h1').first().waitFor();
    for (const id of PANELS) {
      await fig(page, id).getByRole('button', { name: 'Load an example' }).click();
      await expect(fig(page, id).locator('.ba-lab-job').first()).toHaveAttribute('data-status', 'done', {
        timeout: 30_000,
      });
    }
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(bad).toEqual([]);
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the page and its drop zones fit without horizontal scrolling', async ({ page }) => {
    await expect(zone(page, GT_LABEL)).toBeVisible();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});
