import { describe, expect, it } from 'vitest';
import { DEBIAN_CHROMIUM } from './browser';
import { ensureBrowser, type BrowserWorld } from './ensureBrowser';

const OWN = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux/chrome';

/** A machine with the given files; `download` says whether Playwright's install puts OWN in place. */
function machine(files: string[], download: boolean, env: Record<string, string> = {}) {
  const present = new Set(files);
  const calls = { installs: 0, lines: [] as string[] };
  const world: BrowserWorld = {
    env,
    exists: (p) => present.has(p),
    playwrightOwn: () => Promise.resolve(OWN),
    installPlaywrightChromium: () => {
      calls.installs++;
      if (download) present.add(OWN);
    },
    hasAptGet: () => true,
    log: (line) => calls.lines.push(line),
  };
  return { world, calls };
}

describe('ensureBrowser', () => {
  it('uses a browser that is there without installing anything', async () => {
    const { world, calls } = machine([DEBIAN_CHROMIUM], true);
    expect(await ensureBrowser(world)).toEqual({ browser: { path: DEBIAN_CHROMIUM, source: 'debian' } });
    expect(calls.installs).toBe(0);
  });

  it("installs Playwright's own Chromium where downloads work (a laptop)", async () => {
    const { world, calls } = machine([], true);
    expect(await ensureBrowser(world)).toEqual({ browser: { path: OWN, source: 'playwright' } });
    expect(calls.installs).toBe(1);
  });

  it('otherwise returns the one line naming the command, after one install attempt', async () => {
    const { world, calls } = machine([], false, { CHROMIUM_PATH: '/gone' });
    const got = await ensureBrowser(world);
    expect(calls.installs).toBe(1);
    expect(got).toEqual({
      missing: expect.stringContaining('(CHROMIUM_PATH=/gone does not exist)') as unknown,
    });
    expect('missing' in got && got.missing).toContain('run `sudo apt-get install chromium`');
  });
});
