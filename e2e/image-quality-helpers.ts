/** Helpers of the image-quality suites: figure locators and numeric readout values. */
import type { Locator, Page } from '@playwright/test';
import { expect, readValue } from './fixtures';

/** The figure of a widget id (without the `image-quality.` prefix). */
export const fig = (page: Page, id: string) => page.locator(`figure[data-widget="image-quality.${id}"]`);

/** A readout's numeric value once it is not busy (Infinity for "inf"). */
export async function num(loc: Locator): Promise<number> {
  const v = await readValue(loc);
  if (v === 'inf') return Infinity;
  expect(typeof v, `data-value of ${await loc.getAttribute('data-metric')}`).toBe('number');
  return v as number;
}

/** Waits until a readout has a value different from `before` and returns it. */
export async function changedFrom(loc: Locator, before: number): Promise<number> {
  await expect.poll(async () => num(loc), { timeout: 20_000 }).not.toBe(before);
  return num(loc);
}

/** Opens the section and waits for the first figure's numbers. */
export async function openSection(page: Page, hash = '#/image-quality'): Promise<void> {
  await page.goto(`./${hash}`);
  await page.locator('main h1').first().waitFor();
  await page
    .locator('[data-metric="psnr"][data-subject="blurred"][data-value]')
    .first()
    .waitFor({ timeout: 30_000 });
}
