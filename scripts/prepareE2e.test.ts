import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM } from './browser';
import { prepareE2e } from './prepareE2e';

const quiet = () => undefined;
const found = (source: 'debian' | 'playwright', path: string) => () =>
  Promise.resolve({ browser: { source, path } });

describe('prepareE2e', () => {
  it('does not run the browser tests against a stale dist/ when the build failed', async () => {
    let looked = false;
    const find = () => {
      looked = true;
      return Promise.resolve({ missing: 'x' });
    };
    expect(await prepareE2e(new Map([['build', false]]), find, quiet)).toEqual({
      skip: 'e2e: not run because the build failed (dist/ would be stale)',
    });
    expect(looked).toBe(false);
  });

  it('does not run them without a browser, passing on the line that names the command', async () => {
    const missing = () => Promise.resolve({ missing: 'e2e: no Chromium found ...' });
    expect(await prepareE2e(new Map([['build', true]]), missing, quiet)).toEqual({
      skip: 'e2e: no Chromium found ...',
    });
  });

  it("passes Debian's chromium on as CHROMIUM_PATH, but not Playwright's own", async () => {
    expect(await prepareE2e(new Map([['build', true]]), found('debian', DEBIAN_CHROMIUM), quiet)).toEqual({
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json', CHROMIUM_PATH: DEBIAN_CHROMIUM },
    });
    expect(await prepareE2e(new Map(), found('playwright', '/pw/chrome'), quiet)).toEqual({
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/e2e.json' },
    });
  });
});
