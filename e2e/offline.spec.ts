/**
 * Offline from the first visit (issue 16, item 7). The first test starts its
 * own `vite preview` (the service worker's fetches bypass
 * `context.setOffline`, so only a stopped server is really offline), visits
 * `#/` once, waits for the precache to be complete and the page controlled,
 * stops the server and then opens and reloads every other route. The other
 * tests block one section's chunk (service workers blocked, so nothing is
 * cached) and check the plain message and its real "Try again".
 */
import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { test, expect, type Page, type Route } from '@playwright/test';
import { waitForRoute } from './routes';

/** The dist folder the suite tests (as in playwright.config.ts). */
const outDir = process.env.E2E_DIST ?? 'dist';
/** This spec's own server: the shared webServer's port + 223 (4396 by default). */
const port = Number(process.env.E2E_OFFLINE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 223);
const origin = `http://127.0.0.1:${port}`;

/** The routes the issue names; the landing page's table of contents may list more. */
const NAMED_ROUTES = ['#/segmentation', '#/detection', '#/image-quality', '#/pose', '#/depth', '#/about'];

/** True when something answers HTTP at the offline spec's origin. */
async function serverAnswers(): Promise<boolean> {
  try {
    await fetch(`${origin}/`, { signal: AbortSignal.timeout(2000) });
    return true;
  } catch {
    return false;
  }
}

/** Starts `vite preview` of the build on this spec's port and waits until it answers. */
async function startPreview(): Promise<ChildProcess> {
  expect(await serverAnswers(), `port ${port} is free for the offline spec's server`).toBe(false);
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      outDir,
    ],
    { stdio: 'ignore' },
  );
  const exited = once(child, 'exit');
  await expect
    .poll(async () => child.exitCode === null && (await serverAnswers()), {
      message: `vite preview on port ${port}`,
      timeout: 30_000,
    })
    .toBe(true);
  void exited.catch(() => undefined);
  return child;
}

/** Stops the preview server and waits until it has exited and no longer answers. */
async function stopPreview(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

/** The precache entries vite-plugin-pwa wrote into the build's sw.js. */
function precacheUrls(): string[] {
  const sw = readFileSync(`${outDir}/sw.js`, 'utf8');
  return [...new Set([...sw.matchAll(/\{url:"([^"]+)",revision:/g)].map((m) => m[1] ?? ''))];
}

/**
 * Waits until the route's main heading is shown and, on a section, its own
 * figures are there and the first one with readouts has live numbers: every
 * readout has a value, none is an error, and at least one is a number. A
 * section the issue does not name (added since) may have no readouts at all.
 */
async function expectLiveRoute(page: Page, route: string): Promise<void> {
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.getByText(/could not be loaded|stopped working/i)).toHaveCount(0);
  if (route === '#/about') {
    await expect(page.locator('main h1').first()).toHaveText(/about/i);
    return;
  }
  // This section's own figures (widget ids start with the section's slug), not the last route's.
  const own = page.locator(`main figure[data-widget^="${route.slice(2)}."]`);
  await expect(own.first()).toBeVisible();
  // The Lab computes only on files: offline, its built-in examples must still run in its job worker.
  if (route === '#/lab')
    for (const button of await own.getByRole('button', { name: 'Load an example' }).all())
      await button.click();
  const withReadouts = own.filter({ has: page.locator('[data-metric]') });
  if (!NAMED_ROUTES.includes(route) && (await withReadouts.count()) === 0) return;
  const figure = withReadouts.first();
  await figure.scrollIntoViewIfNeeded();
  const live = async () => {
    const values = await figure
      .locator('[data-metric]')
      .evaluateAll((els) =>
        els.map((el) => (el.getAttribute('aria-busy') === 'true' ? 'busy' : el.getAttribute('data-value'))),
      );
    const settled = values.every((v) => v !== null && v !== 'busy' && v !== 'error');
    const numeric = values.some((v) => v !== null && v !== '' && Number.isFinite(Number(v)));
    return values.length > 0 && settled && numeric ? 'live' : JSON.stringify(values);
  };
  await expect.poll(live, { message: `live numbers on ${route}`, timeout: 30_000 }).toBe('live');
  await expect(page.getByText(/could not be loaded|stopped working/i)).toHaveCount(0);
}

test.describe('offline after one visit to the landing page', () => {
  let server: ChildProcess | null = null;
  const stopOnExit = () => server?.kill('SIGKILL');

  test.beforeAll(async () => {
    process.once('exit', stopOnExit);
    server = await startPreview();
  });

  test.afterAll(async () => {
    await stopPreview(server);
    process.off('exit', stopOnExit);
  });

  test('every other section loads and reloads with live numbers once the server is gone', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${origin}/#/`);
    await page.locator('main h1').first().waitFor();
    // The late registration (serviceWorker.ts) must still finish on this first visit: an active
    // worker means its install, the whole precache, succeeded; clientsClaim then controls the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Without clientsClaim the first visit's page stays uncontrolled until a reload (the review's bug).
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    const expected = precacheUrls();
    expect(expected.length).toBeGreaterThan(50);
    const cached = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.includes('precache'));
      const urls: string[] = [];
      for (const name of names) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    });
    const cachedPaths = new Set(cached.map((u) => new URL(u).pathname.slice(1)));
    expect(expected.filter((url) => !cachedPaths.has(url))).toEqual([]);

    const linked = await page
      .locator('nav a[href^="#/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const routes = [...new Set([...NAMED_ROUTES, ...linked.filter((h) => h !== '#/')])];
    expect(linked).toEqual(expect.arrayContaining(NAMED_ROUTES.filter((r) => r !== '#/about')));

    await stopPreview(server);
    expect(await serverAnswers(), 'the preview server is stopped').toBe(false);

    const failed: string[] = [];
    page.on('requestfailed', (r) => {
      const reason = r.failure()?.errorText ?? '';
      // ERR_ABORTED: cancelled by the test's own reload (e.g. KaTeX still loading), not by the network.
      if (!reason.includes('ERR_ABORTED')) failed.push(`${r.url()} ${reason}`);
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    let workers = 0;
    page.on('worker', () => workers++);
    for (const route of routes) {
      // Like following a link: the same document, a new hash.
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, route);
      await expectLiveRoute(page, route);
      await page.reload();
      await expectLiveRoute(page, route);
    }
    expect(workers, 'the metrics worker ran offline').toBeGreaterThan(0);
    expect(failed, 'requests that failed offline').toEqual([]);
    expect(consoleErrors, 'console errors offline').toEqual([]);
    expect(pageErrors, 'uncaught errors').toEqual([]);
  });
});

test.describe('a section chunk that cannot be downloaded', () => {
  // Nothing is cached: every chunk request reaches page.route.
  test.use({ serviceWorkers: 'block' });

  /** Blocks the requests matching `pattern` while `blocked()` is true; counts them. */
  async function blockWhile(page: Page, pattern: RegExp, blocked: () => boolean) {
    const hits = { count: 0 };
    await page.route(pattern, (route: Route) => {
      hits.count++;
      return blocked() ? route.abort('internetdisconnected') : route.continue();
    });
    return hits;
  }

  /** Checks the plain message: no browser or bundler wording, no file names. */
  async function expectPlainMessage(page: Page) {
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await expect(alert).toContainText('This part of the app could not be loaded.');
    await expect(alert).toContainText('You may be offline');
    await expect(alert).not.toContainText(/preload|dynamically|import|fetch|assets|\.js|\.css/i);
    await expect(page.getByText(/stopped working/i)).toHaveCount(0);
    return alert;
  }

  test('a failed code chunk shows the plain message, and Try again imports it again', async ({ page }) => {
    await page.goto('./#/');
    await waitForRoute(page);
    let block = true;
    const hits = await blockWhile(page, /\/assets\/DetectionSection-[^/]*\.js$/, () => block);
    await page.evaluate(() => {
      window.location.hash = '#/detection';
    });
    let alert = await expectPlainMessage(page);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const first = hits.count;
    expect(first).toBeGreaterThan(0);

    // Still offline: Try again really asks for the chunk again and says so again.
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(() => hits.count).toBeGreaterThan(first);
    alert = await expectPlainMessage(page);

    const second = hits.count;
    block = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expectLiveRoute(page, '#/detection');
    expect(hits.count).toBeGreaterThan(second);
  });

  test('a failed section stylesheet shows the plain message, and Try again loads the section with its styles', async ({
    page,
  }) => {
    await page.goto('./#/');
    await waitForRoute(page);
    let block = true;
    const pattern = /\/assets\/ImageQualitySection-[^/]*\.css$/;
    const hits = await blockWhile(page, pattern, () => block);
    await page.evaluate(() => {
      window.location.hash = '#/image-quality';
    });
    const alert = await expectPlainMessage(page);
    expect(hits.count).toBe(1);

    block = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await expectLiveRoute(page, '#/image-quality');
    expect(hits.count).toBe(2);
    // The stylesheet applies (a failed <link> left in place would make Vite skip it on the retry).
    const applied = await page.evaluate(
      (source) =>
        Array.from(document.styleSheets).filter((s) => s.href !== null && new RegExp(source).test(s.href))
          .length,
      pattern.source,
    );
    expect(applied).toBe(1);
  });
});
