/** Finding the app's metrics workers from a Playwright test (worker-hang and scheduling specs). */
import { expect, type Page, type Worker } from '@playwright/test';

/** The metrics worker of a lane (`metrics-light` / `metrics-heavy`), found by its name. */
export async function laneWorker(page: Page, lane: 'light' | 'heavy'): Promise<Worker> {
  let found: Worker | undefined;
  await expect
    .poll(async () => {
      for (const w of page.workers()) {
        const name = await w.evaluate(() => self.name).catch(() => '');
        if (name === `metrics-${lane}`) found = w;
      }
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}
