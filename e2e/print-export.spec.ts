/**
 * Print and export (issue 16, item 6): print media hides the app's chrome and
 * keeps the current numbers on a light page; "Download PNG" and "Download SVG"
 * give the figure's drawing at its size, captioned with its current readouts
 * and its share link.
 */
import { readFile } from 'node:fs/promises';
import { decode } from 'fast-png';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, pressOn, readValue, readout } from './fixtures';

/** The figure's drawing box (CSS px, whole pixels): its body's SVGs, canvases and images outside buttons. */
async function drawingBox(figure: Locator): Promise<{ width: number; height: number }> {
  return figure.evaluate((fig) => {
    const body = fig.querySelector('.ba-figure__body') ?? fig;
    const rects = [...body.querySelectorAll('svg, canvas, img')]
      .filter((el) => !el.parentElement?.closest('svg') && !el.closest('button'))
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width >= 1 && r.height >= 1);
    const left = Math.floor(Math.min(...rects.map((r) => r.left)));
    const top = Math.floor(Math.min(...rects.map((r) => r.top)));
    const right = Math.ceil(Math.max(...rects.map((r) => r.right)));
    const bottom = Math.ceil(Math.max(...rects.map((r) => r.bottom)));
    return { width: right - left, height: bottom - top };
  });
}

/** Downloads the figure through its More menu; returns the file's bytes and name. */
async function download(page: Page, figure: Locator, title: string, kind: 'PNG' | 'SVG') {
  await figure.getByRole('button', { name: `More: ${title}` }).click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Download ${kind}: ${title}` }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** What the test reads from an exported SVG, parsed by the browser's XML parser. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      drawingWidth: Number(root.getAttribute('data-drawing-width')),
      drawingHeight: Number(root.getAttribute('data-drawing-height')),
      shapes: root.querySelectorAll(
        '[data-part="chart"] rect, [data-part="chart"] path, [data-part="chart"] polygon',
      ).length,
      pixels: [...root.querySelectorAll('image')].filter((i) =>
        (i.getAttribute('href') ?? '').startsWith('data:image/png;base64,'),
      ).length,
      captionText: [...root.querySelectorAll('[data-part="caption"] text')]
        .map((t) => t.textContent)
        .join('\n'),
      link: root.querySelector('[data-part="link"]')?.getAttribute('href') ?? null,
      linkLines: [...root.querySelectorAll('[data-line="link"]')].map((t) => t.textContent).join(''),
    };
  }, text);
}

test('print media hides the header, navigation, contents and buttons, and keeps the numbers on a light page', async ({
  page,
  problems,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/detection');
  const figure = page.locator('figure[data-widget="detection.iou"]');
  await expect(readout(figure, 'box_iou')).toBeVisible();
  await expect(page.locator('.ba-header')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('.ba-header')).toBeHidden();
  await expect(page.locator('nav:visible')).toHaveCount(0);
  await expect(page.locator('.ba-contents')).toBeHidden();
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(page.locator('input[type="range"]:visible')).toHaveCount(0);
  // the current numbers are printed
  await expect(readout(figure, 'box_iou').locator('.ba-readout__value')).toBeVisible();
  await expect(readout(figure, 'box_iou').locator('.ba-readout__value')).toHaveText('0.604');
  // figures are not split across pages, links to other sites show their address
  expect(await figure.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  const external = page.locator('a[href^="http"]').first();
  expect(await external.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('http');
  // paper is light whatever the screen theme
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
    'rgb(255, 255, 255)',
  );
  // back on screen: the reader's theme and the chrome return
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('.ba-header')).toBeVisible();
  await expectNoProblems(problems);
});

test('Download SVG and PNG: the drawing at its size with the current values and the share link', async ({
  page,
  problems,
}) => {
  await page.goto('./#/detection');
  const title = 'IoU playground';
  const figure = page.locator('figure[data-widget="detection.iou"]');
  const pred = figure.getByRole('button', { name: /^predicted box/ });
  await pressOn(pred, 'ArrowLeft', 12);
  await pressOn(pred, 'ArrowUp', 8);
  await expect.poll(() => readValue(readout(figure, 'box_iou'))).toBeCloseTo(1, 9);
  const shown = (await readout(figure, 'box_iou').locator('.ba-readout__value').textContent()) ?? '';
  expect(shown).toBe('1.000');
  await figure.getByRole('button', { name: `Copy link: ${title}` }).click();
  const link = await figure.getByRole('textbox', { name: 'Share link' }).inputValue();
  const box = await drawingBox(figure);

  const svgFile = await download(page, figure, title, 'SVG');
  expect(svgFile.name).toBe('detection.iou.svg');
  const svg = await readSvg(page, svgFile.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.drawingWidth).toBe(box.width);
  expect(svg.drawingHeight).toBe(box.height);
  expect(svg.width).toBe(box.width);
  expect(svg.height).toBeGreaterThan(box.height);
  expect(svg.shapes, 'the chart shapes').toBeGreaterThan(3);
  expect(svg.pixels, 'the photo as embedded pixels').toBeGreaterThan(0);
  expect(svg.captionText).toContain(title);
  expect(svg.captionText).toContain(`IoU: ${shown}`);
  expect(svg.link).toBe(link);
  expect(svg.linkLines).toBe(link);

  const pngFile = await download(page, figure, title, 'PNG');
  expect(pngFile.name).toBe('detection.iou.png');
  const png = decode(pngFile.bytes);
  expect(png.width).toBe(box.width * 2);
  expect(png.height).toBe(Math.round(svg.height * 2));
  // the drawing area is not blank: its pixels vary
  const { data, channels } = png;
  let sum = 0;
  let sumSq = 0;
  let count = 0;
  for (let y = 0; y < box.height * 2; y += 3) {
    for (let x = 0; x < png.width; x += 3) {
      const i = (y * png.width + x) * channels;
      const luma = 0.299 * Number(data[i]) + 0.587 * Number(data[i + 1]) + 0.114 * Number(data[i + 2]);
      sum += luma;
      sumSq += luma * luma;
      count++;
    }
  }
  const variance = sumSq / count - (sum / count) ** 2;
  expect(variance).toBeGreaterThan(100);
  await expectNoProblems(problems);
});

test('a canvas figure exports its pixels and every readout', async ({ page, problems }) => {
  await page.goto('./#/segmentation');
  const title = 'Paint the prediction';
  const figure = page.locator('figure[data-widget="segmentation.painter"]');
  await figure.getByRole('button', { name: 'Perfect' }).click();
  await expect.poll(() => readValue(readout(figure, 'segmentation.pixel_accuracy'))).toBeCloseTo(1, 9);
  const values = await figure.locator('[data-metric] .ba-readout__value').allTextContents();
  expect(values.length).toBeGreaterThan(1);
  const file = await download(page, figure, title, 'SVG');
  expect(file.name).toBe('segmentation.painter.svg');
  const svg = await readSvg(page, file.bytes.toString('utf8'));
  expect(svg.error).toBeNull();
  expect(svg.pixels).toBeGreaterThan(0);
  for (const v of values) expect(svg.captionText).toContain(v.trim());
  await expectNoProblems(problems);
});
