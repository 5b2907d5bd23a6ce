/**
 * Cold load of one route in a fresh browser context: navigation start to the
 * first numeric readout and to all readouts valued and not busy (timed inside
 * the page by bench/ui/probe.ts), and the bytes the page itself requested
 * until then (service-worker requests, such as the offline precache, are
 * counted apart and left out). Gzipped sizes are zlib level 9 of the bodies,
 * since vite preview serves them uncompressed.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from '@playwright/test';
import { probeScript, type LoadState, type PageProbe } from './probe';
import type { ByteKind, Bytes, LoadRun, RequestRecord } from './results';

type WithProbe = { __benchUi: PageProbe };

/** The byte class of a response, from its URL's extension and its content type. */
export function byteKind(url: string, contentType: string): ByteKind {
  const path = new URL(url).pathname.toLowerCase();
  const ct = contentType.toLowerCase();
  if (/\.(m?js)$/.test(path) || ct.includes('javascript')) return 'js';
  if (path.endsWith('.css') || ct.includes('text/css')) return 'css';
  if (/\.(woff2?|ttf|otf|eot)$/.test(path) || ct.startsWith('font/')) return 'font';
  if (/\.(png|jpe?g|webp|avif|gif|svg|ico)$/.test(path) || ct.startsWith('image/')) return 'image';
  return 'other';
}

/** Sums records of some byte kinds. */
export function sumBytes(records: readonly RequestRecord[], kinds: readonly ByteKind[]): Bytes {
  const picked = records.filter((r) => kinds.includes(r.kind));
  return {
    requests: picked.length,
    raw: picked.reduce((s, r) => s + r.raw, 0),
    gzip: picked.reduce((s, r) => s + r.gzip, 0),
  };
}

/** One cold load's timing and the requests it made. */
export interface ColdLoad {
  run: LoadRun;
  /** Empty unless `withBytes`. */
  requests: RequestRecord[];
  serviceWorkerRequests: number;
}

/** The body of a response, or the same URL fetched again from the preview server. */
async function bodyOf(response: Response): Promise<Buffer> {
  try {
    return await response.body();
  } catch {
    return Buffer.from(await (await fetch(response.url())).arrayBuffer());
  }
}

/**
 * Opens `url` in a fresh context and waits until all readouts have been valued
 * and not busy for `quietMs` (or `timeoutMs` passed; a page without readouts
 * waits for its load event and `quietMs` without new requests of its own).
 * Bodies are read and gzipped only `withBytes` (no request list otherwise).
 */
export async function coldLoad(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  withBytes: boolean,
  /** False for a page without readouts (the landing page): it waits for quiet network instead. */
  hasReadouts: boolean,
  quietMs = 1000,
  timeoutMs = 60_000,
): Promise<ColdLoad> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow' });
  await context.addInitScript({ content: probeScript() });
  const responses: Response[] = [];
  let serviceWorkerRequests = 0;
  let lastRequest = Date.now();
  let counting = true;
  context.on('request', (req) => {
    if (!counting) return;
    if (req.serviceWorker()) serviceWorkerRequests += 1;
    else lastRequest = Date.now();
  });
  context.on('response', (res) => {
    if (!counting || !/^https?:/.test(res.url())) return;
    if (res.request().serviceWorker() || res.fromServiceWorker()) return;
    responses.push(res);
  });
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    const deadline = Date.now() + timeoutMs;
    let state: LoadState = await page.evaluate(() => (window as unknown as WithProbe).__benchUi.load());
    for (;;) {
      state = await page.evaluate(() => (window as unknown as WithProbe).__benchUi.load());
      const settled = hasReadouts
        ? state.readouts > 0 && state.allDone !== null && state.now - state.allDone >= quietMs
        : Date.now() - lastRequest >= quietMs;
      if (settled || Date.now() > deadline) break;
      await page.waitForTimeout(100);
    }
    counting = false;
    const requests: RequestRecord[] = [];
    for (const res of withBytes ? responses : []) {
      const body = await bodyOf(res);
      requests.push({
        url: new URL(res.url()).pathname,
        kind: byteKind(res.url(), res.headers()['content-type'] ?? ''),
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      });
    }
    return {
      run: {
        firstReadoutMs: state.firstNumeric,
        allReadoutsMs: state.pending === 0 ? state.allDone : null,
        readouts: state.readouts,
        pending: state.pending,
      },
      requests,
      serviceWorkerRequests,
    };
  } finally {
    await context.close();
  }
}
