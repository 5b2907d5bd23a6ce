/**
 * Touch targets of the draggable widgets on a 360 px phone (touch): every
 * draggable of #/detection and #/pose is at least 44x44 CSS px, the element
 * a finger lands on 20 px from its centre (on the side where no neighbour's
 * centre is nearer) is that draggable, and a 15 px touch drag from there
 * moves it. Where hit areas overlap, the nearest centre wins.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, expectNoProblems, test } from './fixtures';
import { waitForRoute } from './routes';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

/** A finger drag through CDP touch events from (x, y) by (dx, dy). */
async function touchDrag(page: Page, x: number, y: number, dx: number, dy: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number, py: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: px, y: py }],
    });
  await send('touchStart', x, y);
  for (let k = 1; k <= 5; k++) await send('touchMove', x + (dx * k) / 5, y + (dy * k) / 5);
  await send('touchEnd', x + dx, y + dy);
  await cdp.detach();
}

/** Where to start: 20 px from the centre, on a side where this draggable's centre is the nearest (null: none). */
function startPoint(el: Locator) {
  return el.evaluate((me) => {
    const centre = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    };
    const c = centre(me);
    const others = [...document.querySelectorAll('[aria-roledescription="draggable"]')]
      .filter((e) => e !== me && e.getClientRects().length > 0)
      .map(centre);
    for (let k = 0; k < 8; k++) {
      const a = (k * Math.PI) / 4;
      const p = { x: c.x + 20 * Math.cos(a), y: c.y + 20 * Math.sin(a) };
      if (p.x < 1 || p.y < 1 || p.x > innerWidth - 1 || p.y > innerHeight - 1) continue;
      if (others.every((o) => Math.hypot(p.x - o.x, p.y - o.y) > 20)) return p;
    }
    return null;
  });
}

/**
 * The widgets' draggables on each route: DraggableBox rects on #/detection,
 * DraggablePoint circles on #/pose (its AP scene drags whole poses with a
 * rect of its own, outside the widgets). Joints drawn closer than 20 px on a
 * phone have no start point that is nearer to them than to a neighbour; the
 * pose figure's layout, not the hit area, decides that, so they are skipped.
 */
const WIDGET_DRAGGABLES = {
  '#/detection': '[aria-roledescription="draggable"]',
  '#/pose': 'circle[aria-roledescription="draggable"]',
} as const;

for (const [route, selector] of Object.entries(WIDGET_DRAGGABLES)) {
  test(`${route}: every draggable is a 44 px touch target that a finger moves from 20 px off its centre`, async ({
    page,
    problems,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`./${route}`);
    await waitForRoute(page);
    const all = page.locator(selector);
    const count = await all.count();
    expect(count).toBeGreaterThan(10);
    const failures: string[] = [];
    for (let i = 0; i < count; i++) {
      const el = all.nth(i);
      if (!(await el.isVisible())) continue;
      await el.scrollIntoViewIfNeeded();
      const label = (await el.getAttribute('aria-label')) ?? `#${i}`;
      const box = (await el.boundingBox())!;
      if (box.width < 44 || box.height < 44)
        failures.push(`${label}: ${box.width.toFixed(1)}x${box.height.toFixed(1)}`);
      const p = await startPoint(el);
      if (!p) continue;
      let moved = false;
      for (const d of [15, -15]) {
        await touchDrag(page, p.x, p.y, d, d);
        moved = await expect
          .poll(
            async () => {
              const now = (await el.boundingBox())!;
              return Math.max(
                Math.abs(now.x - box.x),
                Math.abs(now.y - box.y),
                Math.abs(now.width - box.width),
                Math.abs(now.height - box.height),
              );
            },
            { timeout: 2_000 },
          )
          .toBeGreaterThan(2)
          .then(() => true)
          .catch(() => false);
        if (moved) break;
      }
      if (!moved) failures.push(`${label}: did not move`);
    }
    expect(failures).toEqual([]);
    await expectNoProblems(problems);
  });
}

test('#/detection: where hit areas overlap, the draggable with the nearest centre takes the drag, not the topmost', async ({
  page,
  problems,
}) => {
  await page.goto('./#/detection');
  await waitForRoute(page);
  const fig = page.locator('figure[data-widget="detection.iou"]');
  const corner = fig.getByRole('button', { name: /bottom-right corner of predicted box/ });
  await corner.scrollIntoViewIfNeeded();
  // near the predicted box's bottom-right corner, where the default boxes' hit areas overlap
  const c = (await corner.locator('xpath=following-sibling::*[1]').boundingBox())!;
  const x = c.x + c.width / 2 - 3;
  const y = c.y + c.height / 2 - 3;
  const pick = await page.evaluate(
    ([px, py]) => {
      const under = document
        .elementsFromPoint(px!, py!)
        .filter((e) => e.matches('[aria-roledescription="draggable"]'));
      const d = (e: Element) => {
        const r = e.getBoundingClientRect();
        return Math.hypot(px! - (r.left + r.width / 2), py! - (r.top + r.height / 2));
      };
      const nearest = [...under].sort((a, b) => d(a) - d(b))[0]!;
      return {
        top: under[0]!.getAttribute('aria-label')!,
        nearest: nearest.getAttribute('aria-label')!,
        count: under.length,
      };
    },
    [x, y],
  );
  // the case this test is about: several hit areas there, and the topmost is not the nearest
  expect(pick.count).toBeGreaterThan(1);
  expect(pick.nearest).not.toBe(pick.top);
  const top = page.getByRole('button', { name: pick.top, exact: true });
  const nearest = page.getByRole('button', { name: pick.nearest, exact: true });
  const topBox = (await top.boundingBox())!;
  const nearBox = (await nearest.boundingBox())!;
  await touchDrag(page, x, y, 20, 20);
  await expect
    .poll(async () => (await nearest.boundingBox())!.x + (await nearest.boundingBox())!.width)
    .not.toBe(nearBox.x + nearBox.width);
  expect(await top.boundingBox()).toEqual(topBox);

  // the keyboard path is unchanged: a focused corner grows its box by 1 px per arrow press
  const pred = fig.getByRole('button', { name: /^predicted box/ });
  const width = async () => Number((await pred.getAttribute('aria-label'))!.match(/width (\d+)/)![1]);
  const w0 = await width();
  await corner.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(width).toBe(w0 + 1);
  await expectNoProblems(problems);
});
