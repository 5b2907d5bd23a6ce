import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM, findBrowser, missingBrowserLine } from './browser';

const OWN = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';
const present =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe('findBrowser', () => {
  it("prefers $CHROMIUM_PATH, then Debian's chromium, then Playwright's own", () => {
    const all = present('/opt/chrome', DEBIAN_CHROMIUM, OWN);
    expect(findBrowser({ CHROMIUM_PATH: '/opt/chrome' }, all, OWN)).toEqual({
      path: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
    expect(findBrowser({}, all, OWN)).toEqual({ path: DEBIAN_CHROMIUM, source: 'debian' });
    expect(findBrowser({}, present(OWN), OWN)).toEqual({ path: OWN, source: 'playwright' });
  });

  it('skips a $CHROMIUM_PATH that does not exist, and a Playwright browser that is not installed', () => {
    expect(findBrowser({ CHROMIUM_PATH: '/gone' }, present(DEBIAN_CHROMIUM), OWN)?.source).toBe('debian');
    expect(findBrowser({ CHROMIUM_PATH: ' ' }, present(), OWN)).toBeNull();
    expect(findBrowser({}, present(), OWN)).toBeNull();
  });

  it("leaves Playwright's own out when given null (playwright.config.ts lets Playwright pick it)", () => {
    expect(findBrowser({}, present(OWN), null)).toBeNull();
  });
});

describe('missingBrowserLine', () => {
  it("is one line naming the exact command: apt-get on Debian, else Playwright's download", () => {
    const debian = missingBrowserLine(true, null);
    expect(debian).toContain('run `sudo apt-get install chromium`');
    expect(missingBrowserLine(false, null)).toContain('run `npx playwright install chromium`');
    expect(debian).not.toContain('\n');
  });

  it('says when $CHROMIUM_PATH points nowhere', () => {
    expect(missingBrowserLine(false, '/gone')).toContain('(CHROMIUM_PATH=/gone does not exist)');
  });
});
