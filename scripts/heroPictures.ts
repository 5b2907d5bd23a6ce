/**
 * The landing cards' pictures: a screenshot of each section's hero figure,
 * written to src/assets/heroes/<section id>.jpg (JPEG, quality 75, 640 px
 * wide, the top 8:5 of the figure). Usage, against a running `vite preview`:
 *
 *   npm run heroes -- http://127.0.0.1:4173/ [section id ...]
 *
 * The sections and their hero figures come from the landing page itself
 * (`li[data-section][data-hero]`, from the catalogue in src/app/sections.ts).
 * Each route opens at 1280x800 in the light theme; the script waits until no
 * `[aria-busy="true"]` is left and the fonts are loaded; a hero figure with a
 * "Load an example" button (the Lab's panels) is pictured with its example
 * loaded, from just above its first result. Section ids after the URL limit the run to those sections. A
 * section whose hero figure is missing is reported by name, and the script
 * exits with status 1.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { findBrowser } from './browser';

const OUT_DIR = join(import.meta.dirname, '..', 'src', 'assets', 'heroes');
const VIEWPORT = { width: 1280, height: 800 };
/** Width of the written pictures, in pixels, and their aspect ratio (height / width). */
const PICTURE_WIDTH = 640;
const ASPECT = 5 / 8;

/** The sections and their hero widget ids, as the landing page lists them. */
async function heroList(browser: Browser, base: string): Promise<{ section: string; hero: string }[]> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto(`${base}#/`);
  await page.locator('main h1').first().waitFor();
  const list = await page.locator('li[data-section][data-hero]').evaluateAll((lis) =>
    lis.map((li) => ({
      section: li.getAttribute('data-section') ?? '',
      hero: li.getAttribute('data-hero') ?? '',
    })),
  );
  await page.close();
  return list;
}

/** Opens a route and waits until its hero figure is there and nothing on the page is busy. */
async function openSettled(browser: Browser, url: string, hero: string, scale: number) {
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: scale, colorScheme: 'light' });
  await page.goto(url);
  const figure = page.locator(`figure[data-widget="${hero}"]`).first();
  await figure.waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, {
    timeout: 20_000,
  });
  // A figure that computes only from the reader's files (the Lab) is pictured with its example loaded.
  const example = figure.getByRole('button', { name: /^Load an example/ }).first();
  const withExample = (await example.count()) > 0;
  if (withExample) {
    await example.click();
    await figure.locator('[data-metric][data-value]').first().waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, undefined, {
      timeout: 30_000,
    });
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, figure, withExample };
}

/** Writes one section's picture; returns an error message instead of throwing. */
async function shoot(browser: Browser, base: string, section: string, hero: string): Promise<string | null> {
  const url = `${base}#/${section}`;
  try {
    // First pass: the figure's width in CSS px sets the device scale that makes the picture 640 px wide.
    const first = await openSettled(browser, url, hero, 1);
    const width = (await first.figure.boundingBox())?.width ?? 0;
    await first.page.close();
    if (width < 100) return `${section}: the hero figure "${hero}" has no size`;
    const { page, figure, withExample } = await openSettled(browser, url, hero, PICTURE_WIDTH / width);
    // The picture starts at the figure's top or, with an example loaded, just above its first result.
    // (the block that holds the first readout's row, so its opening line shows too)
    const from = withExample
      ? figure.locator('[data-metric][data-value]').first().locator('xpath=../..')
      : figure;
    const margin = withExample ? 12 : 0;
    await from.evaluate(
      (el, m) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - m),
      margin,
    );
    const box = await figure.boundingBox();
    const start = await from.boundingBox();
    if (!box || !start) return `${section}: the hero figure "${hero}" is not shown`;
    const top = Math.max(box.y, start.y - margin);
    const height = Math.min(box.y + box.height - top, box.width * ASPECT, VIEWPORT.height - top);
    await page.screenshot({
      path: join(OUT_DIR, `${section}.jpg`),
      type: 'jpeg',
      quality: 75,
      clip: { x: box.x, y: top, width: box.width, height },
    });
    await page.close();
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `${section}: no picture of the hero figure "${hero}" (${reason})`;
  }
}

async function main(): Promise<void> {
  const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: findBrowser(process.env, existsSync, null)?.path });
  const only = new Set(process.argv.slice(3));
  const heroes = (await heroList(browser, base)).filter((h) => only.size === 0 || only.has(h.section));
  if (heroes.length === 0)
    throw new Error(`No section cards with data-hero on ${base}#/ (${[...only].join(', ')})`);
  const errors: string[] = [];
  for (const { section, hero } of heroes) {
    const error = await shoot(browser, base, section, hero);
    if (error) errors.push(error);
    else process.stdout.write(`${section}: ${hero} -> src/assets/heroes/${section}.jpg\n`);
  }
  await browser.close();
  if (errors.length > 0) {
    process.stderr.write(`${errors.join('\n')}\n`);
    process.exitCode = 1;
  }
}

void main();
