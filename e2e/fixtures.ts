/**
 * Shared Playwright fixtures and helpers: every test collects console errors,
 * uncaught errors, CSP violations and requests to other origins (tests assert
 * on them through `problems`), and gets helpers to drag, paint, press keys on
 * a focused item and read a readout by data-metric / data-subject / data-class.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  cspViolations: () => Promise<string[]>;
}

export const test = base.extend<{ problems: Problems }>({
  problems: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1:4173/').origin;
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const foreignRequests: string[] = [];
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('request', (r) => {
      const url = r.url();
      if (/^(data|blob):/.test(url)) return;
      if (new URL(url).origin !== origin) foreignRequests.push(url);
    });
    await use({
      consoleErrors,
      pageErrors,
      foreignRequests,
      cspViolations: () => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []),
    });
  },
});

export { expect };

/** Asserts that nothing went wrong on the page so far. */
export async function expectNoProblems(problems: Problems): Promise<void> {
  expect(problems.pageErrors, 'uncaught errors').toEqual([]);
  expect(problems.consoleErrors, 'console errors').toEqual([]);
  expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
  expect(await problems.cspViolations(), 'CSP violations').toEqual([]);
}

/** A readout by metric id and optional subject / class. */
export function readout(
  page: Page | Locator,
  metric: string,
  opts: { subject?: string; cls?: string } = {},
): Locator {
  let sel = `[data-metric="${metric}"]`;
  if (opts.subject) sel += `[data-subject="${opts.subject}"]`;
  if (opts.cls) sel += `[data-class="${opts.cls}"]`;
  return page.locator(sel);
}

/** Waits until a readout is not busy and returns its data-value as a number (or the raw string). */
export async function readValue(loc: Locator): Promise<number | string> {
  await expect(loc).not.toHaveAttribute('aria-busy', 'true');
  const raw = (await loc.getAttribute('data-value')) ?? '';
  const n = Number(raw);
  return raw !== '' && Number.isFinite(n) ? n : raw;
}

/** Waits until a readout's numeric value is within `tol` of `expected`. */
export async function expectValue(loc: Locator, expected: number, tol = 1e-9): Promise<void> {
  await expect
    .poll(async () => {
      const busy = await loc.getAttribute('aria-busy');
      if (busy === 'true') return Number.NaN;
      return Math.abs(Number(await loc.getAttribute('data-value')) - expected);
    })
    .toBeLessThanOrEqual(tol);
}

/** Drags an element by (dx, dy) screen pixels in small steps, as a person would. */
export async function dragBy(page: Page, target: Locator, dx: number, dy: number, steps = 8): Promise<void> {
  const box = await target.boundingBox();
  if (!box) throw new Error('target is not visible');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps });
  await page.mouse.up();
}

/** Paints a stroke through the given points (relative to the target's top-left, in screen pixels). */
export async function paint(page: Page, target: Locator, points: readonly [number, number][]): Promise<void> {
  const box = await target.boundingBox();
  if (!box || points.length === 0) throw new Error('nothing to paint on');
  const [first, ...rest] = points;
  await page.mouse.move(box.x + first![0], box.y + first![1]);
  await page.mouse.down();
  for (const [px, py] of rest) await page.mouse.move(box.x + px, box.y + py, { steps: 4 });
  await page.mouse.up();
}

/** Focuses an element and presses a key `times` times. */
export async function pressOn(target: Locator, key: string, times = 1): Promise<void> {
  await target.focus();
  for (let i = 0; i < times; i++) await target.press(key);
}

/**
 * How many CSS pixels the page is wider than the viewport it was given. Compares with the
 * configured viewport width, not `window.innerWidth`: on an emulated phone (`isMobile`) the
 * browser zooms out to fit overflowing content, so `innerWidth` grows with the overflow and a
 * comparison with it could never fail.
 */
export async function horizontalOverflow(page: Page): Promise<number> {
  const width = page.viewportSize()?.width;
  if (width === undefined) throw new Error('the page has no fixed viewport');
  return (await page.evaluate(() => document.documentElement.scrollWidth)) - width;
}

/** The figure of a widget, by its id (`data-widget`). */
export function widgetFigure(page: Page, id: string): Locator {
  return page.locator(`figure[data-widget="${id}"]`);
}

/** A readout's `data-value`, which must be a number (fails the test otherwise). */
export async function readNumber(loc: Locator): Promise<number> {
  const v = await readValue(loc);
  expect(typeof v, `data-value of ${await loc.getAttribute('data-metric')}`).toBe('number');
  return v as number;
}

/** Whether the element lies entirely inside the viewport (its box at the current scroll). */
export async function insideViewport(page: Page, loc: Locator): Promise<boolean> {
  const box = await loc.boundingBox();
  const vp = page.viewportSize();
  if (!box || !vp) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= vp.height && box.x + box.width <= vp.width;
}
