/**
 * Helpers of the detection section's Playwright tests: open the page, find a
 * figure, read a box back from its accessible name, and an IoU computed
 * independently of the app.
 */
import type { Locator, Page } from '@playwright/test';

export type Box = [number, number, number, number];

/** Opens #/detection (with an optional `?s=...` query) and waits for the first figure. */
export async function openDetection(page: Page, query = ''): Promise<void> {
  await page.goto(`./#/detection${query}`);
  await page.locator('figure[data-widget="detection.iou"]').waitFor();
}

/** The figure with a widget id. */
export { widgetFigure as figure } from './fixtures';

/** Reads [x, y, w, h] from a draggable box's accessible name ("...: x 1, y 2, width 3, height 4"). */
export async function boxOf(target: Locator): Promise<Box> {
  const label = (await target.getAttribute('aria-label')) ?? '';
  const m = /x (-?\d+), y (-?\d+), width (\d+), height (\d+)/.exec(label);
  if (!m) throw new Error(`no box in the label "${label}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
}

/** IoU of two [x, y, w, h] boxes, written here independently of the app's metrics package. */
export function iou(a: Box, b: Box): number {
  const left = Math.max(a[0], b[0]);
  const right = Math.min(a[0] + a[2], b[0] + b[2]);
  const top = Math.max(a[1], b[1]);
  const bottom = Math.min(a[1] + a[3], b[1] + b[3]);
  const inter = Math.max(0, right - left) * Math.max(0, bottom - top);
  return inter / (a[2] * a[3] + b[2] * b[3] - inter);
}

/** Sets a native range input with the keyboard: Home, then ArrowRight `steps` times. */
export async function setRange(slider: Locator, steps: number): Promise<void> {
  await slider.focus();
  await slider.press('Home');
  for (let i = 0; i < steps; i++) await slider.press('ArrowRight');
}
