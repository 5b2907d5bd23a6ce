/**
 * Issue 14's acceptance, in the production build: the trap on the first screen
 * of every section, a page you can find your way in (in-page contents, next
 * section), a short default reading path, nothing clipped on a phone, touch
 * targets a finger can hit, a compact header, a landing page with hero
 * pictures, a three-way theme choice and self-check answers that survive a
 * reload.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems } from './fixtures';
import { sectionRoutes, waitForRoute } from './routes';

/** Every section route, in reading order; the first test keeps it equal to the table of contents. */
const SECTIONS = [
  '#/loss',
  '#/benchmarks',
  '#/segmentation',
  '#/detection',
  '#/image-quality',
  '#/pose',
  '#/depth',
  '#/generative',
  '#/text-to-image',
  '#/choosing',
  '#/lab',
];
/**
 * Sections whose hero shows a picture and a numeric readout (the chooser's first screen is checked in
 * choosing.spec.ts; the Lab's panels compute nothing until the reader brings files or loads an example,
 * lab-core.spec.ts).
 */
const WITH_READOUT_HERO = SECTIONS.filter((route) => route !== '#/choosing' && route !== '#/lab');

/** The default reading path of a section stays short (issue 14 item 3: "at most about 1,500 words"). */
const MAX_WORDS = 1500;

test('the list of sections checked here is the table of contents', async ({ page }) => {
  expect(await sectionRoutes(page)).toEqual(SECTIONS);
});

/**
 * Waits until the page shows at least one numeric readout and no readout is busy
 * (#/choosing computes no metric, nor does #/lab before files: there, until its first figure is shown).
 */
async function settle(page: Page): Promise<void> {
  await waitForRoute(page);
  await expect
    .poll(() =>
      page.evaluate(() => {
        if (location.hash.startsWith('#/choosing') || location.hash.startsWith('#/lab'))
          return document.querySelector('figure[data-widget]') !== null;
        const values = [...document.querySelectorAll('[data-value]')];
        return values.length > 0 && !values.some((el) => el.getAttribute('aria-busy') === 'true');
      }),
    )
    .toBe(true);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** What of the hero lies inside the first screen: a figure picture and a numeric readout. */
function firstScreen(page: Page) {
  return page.evaluate(() => {
    const inside = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (
        r.width > 0 &&
        r.top >= 0 &&
        r.left >= 0 &&
        r.bottom <= window.innerHeight + 0.5 &&
        r.right <= window.innerWidth + 0.5
      );
    };
    const pictures = [...document.querySelectorAll('figure[data-widget] :is(img, canvas, svg)')].filter(
      (el) => el.getBoundingClientRect().height >= 100 && inside(el),
    );
    const readouts = [...document.querySelectorAll('[data-value]')].filter(
      (el) => Number.isFinite(Number(el.getAttribute('data-value'))) && inside(el),
    );
    return {
      picture: pictures[0]?.closest('figure')?.getAttribute('data-widget') ?? null,
      readout: readouts[0]?.getAttribute('data-metric') ?? null,
      scrollY: window.scrollY,
    };
  });
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test.describe(`first screen at ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });
    for (const route of WITH_READOUT_HERO) {
      test(`${route} shows its hero picture and a live number without scrolling`, async ({
        page,
        problems,
      }) => {
        await page.goto(`./${route}`);
        await settle(page);
        // The hero's own readouts may arrive after faster ones further down: wait for both, at scroll 0.
        await expect
          .poll(async () => {
            const s = await firstScreen(page);
            return s.scrollY === 0 && s.picture !== null && s.readout !== null;
          })
          .toBe(true);
        const seen = await firstScreen(page);
        expect(seen.scrollY).toBe(0);
        expect(seen.picture, 'a picture at least 100 px tall inside the first screen').not.toBeNull();
        expect(seen.readout, 'a numeric readout inside the first screen').not.toBeNull();
        await expectNoProblems(problems);
      });
    }
  });
}

test('every section keeps its default reading path at about 1,500 words at most', async ({ page }) => {
  for (const route of SECTIONS) {
    await page.goto(`./${route}`);
    await waitForRoute(page);
    const words = await page.evaluate(() => {
      const article = document.querySelector('article.ba-section');
      if (!article) return -1;
      const copy = article.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('figure, details:not([open])').forEach((el) => el.remove());
      return (copy.textContent ?? '').split(/\s+/).filter((w) => /\w/.test(w)).length;
    });
    expect(words, `${route}: words outside figures and closed details`).toBeGreaterThan(100);
    expect(words, `${route}: words outside figures and closed details`).toBeLessThanOrEqual(MAX_WORDS);
  }
});

test('every section ends with a link to the next section, and the last one leads back to all sections', async ({
  page,
}) => {
  for (const [i, route] of SECTIONS.entries()) {
    await page.goto(`./${route}`);
    await waitForRoute(page);
    const next = page.locator('main a[rel="next"]');
    await expect(next).toHaveCount(1);
    await expect(next).toHaveAttribute('href', SECTIONS[i + 1] ?? '#/');
  }
  await page.goto(`./${SECTIONS[0]}`);
  await waitForRoute(page);
  await page.locator('main a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`${SECTIONS[1]}$`));
  await expect(page.locator('main a[rel="prev"]')).toHaveAttribute('href', SECTIONS[0] ?? '');
});

test.describe('in-page contents', () => {
  test.use({ viewport: { width: 1280, height: 800 } });
  for (const route of SECTIONS) {
    test(`${route}: every entry of the contents scrolls its figure into view`, async ({ page }) => {
      await page.goto(`./${route}`);
      await waitForRoute(page);
      const contents = page.getByRole('navigation', { name: 'On this page' });
      const entries = contents.locator('a[data-target]');
      const figures = await page.locator('article figure[data-widget]').count();
      await expect(entries).toHaveCount(figures);
      const count = await entries.count();
      for (let i = count - 1; i >= 0; i--) {
        const entry = entries.nth(i);
        const target = (await entry.getAttribute('data-target')) ?? '';
        await entry.click();
        const figure = page.locator(`figure[data-widget="${target}"]`);
        await expect(figure).toBeInViewport({ ratio: 0.2 });
        await expect(entry).toHaveAttribute('aria-current', 'location');
      }
    });
  }
});

test.describe('on a 360x740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the header is at most 64 px tall on every route', async ({ page }) => {
    for (const route of ['#/', '#/about', ...SECTIONS]) {
      await page.goto(`./${route}`);
      await waitForRoute(page);
      const box = await page.locator('header').first().boundingBox();
      expect(box?.height ?? Infinity, route).toBeLessThanOrEqual(64);
    }
  });

  for (const route of SECTIONS) {
    test(`${route}: no formula, table or readout is clipped`, async ({ page }) => {
      await page.goto(`./${route}`);
      await settle(page);
      // Formulas render when they come near the screen: pass over the whole page first.
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < (await height()); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(50);
      }
      // A formula still unrendered (the page grew after the pass, e.g. a picture loaded) is brought on screen.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const left = [...document.querySelectorAll('[data-formula="text"]')].filter(
              (el) => !el.closest('details:not([open])'),
            );
            left[0]?.scrollIntoView({ block: 'center' });
            return left.length;
          }),
        )
        .toBe(0);
      const clipped = await page.evaluate(() => {
        const out: string[] = [];
        const shown = (el: Element) => el.getClientRects().length > 0 && !el.closest('details:not([open])');
        const name = (el: Element) =>
          `${el.tagName.toLowerCase()}${el.getAttribute('data-metric') ? `[${el.getAttribute('data-metric')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" in ${el.closest('figure')?.getAttribute('data-widget') ?? 'prose'}`;
        for (const el of document.querySelectorAll('.katex-display, table, [data-value]')) {
          if (!shown(el)) continue;
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') {
            out.push(`${name(el)} overflows itself (${el.scrollWidth} > ${el.clientWidth})`);
            continue;
          }
          const r = el.getBoundingClientRect();
          for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
            const style = getComputedStyle(a);
            if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
            const b = a.getBoundingClientRect();
            if (r.left < b.left - 1 || r.right > b.right + 1) {
              out.push(`${name(el)} is cut by ${a.tagName.toLowerCase()}.${a.className}`);
              break;
            }
          }
          if (r.right > window.innerWidth + 1 || r.left < -1) out.push(`${name(el)} runs off the screen`);
        }
        return out;
      });
      expect(clipped).toEqual([]);
    });
  }

  for (const route of SECTIONS) {
    test(`${route}: a drag started 20 px from the centre of a draggable moves it`, async ({ page }) => {
      await page.goto(`./${route}`);
      await settle(page);
      const all = page.locator('[aria-roledescription="draggable"]');
      const count = await all.count();
      const failures: string[] = [];
      for (let i = 0; i < count; i++) {
        const el = all.nth(i);
        if (!(await el.isVisible())) continue;
        await el.scrollIntoViewIfNeeded();
        // The start point: 20 px from the centre, in a direction where this draggable's centre is the
        // nearest. Where neighbours crowd closer than that on screen (the small person's face in the 4x
        // inset at 360 px: eyes, ears and nose a few pixels apart), no 44 px target can avoid overlapping
        // them and the nearest centre takes the drag (widgets/drag/touchTarget.ts): start halfway to the
        // nearest neighbour instead.
        const plan = await el.evaluate((me) => {
          const centre = (e: Element) => {
            const r = e.getBoundingClientRect();
            return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
          };
          const c = centre(me);
          const others = [...document.querySelectorAll('[aria-roledescription="draggable"]')]
            .filter((e) => e !== me && e.getClientRects().length > 0)
            .map(centre);
          const nearest = Math.min(...others.map((o) => Math.hypot(o.x - c.x, o.y - c.y)));
          for (const radius of [20, Math.min(20, nearest / 2)]) {
            for (let k = 0; k < 8; k++) {
              const angle = (k * Math.PI) / 4;
              const p = { x: c.x + radius * Math.cos(angle), y: c.y + radius * Math.sin(angle) };
              if (p.x < 1 || p.y < 1 || p.x > window.innerWidth - 1 || p.y > window.innerHeight - 1) continue;
              if (others.every((o) => Math.hypot(p.x - o.x, p.y - o.y) > radius)) return { c, p, radius };
            }
          }
          return null;
        });
        const label = (await el.getAttribute('aria-label')) ?? `#${i}`;
        if (!plan) {
          failures.push(`${label}: no start point near its centre is nearer to it than to a neighbour`);
          continue;
        }
        let moved = false;
        for (const d of [15, -15]) {
          const before = await el.boundingBox();
          await page.mouse.move(plan.p.x, plan.p.y);
          await page.mouse.down();
          for (let s = 1; s <= 5; s++) await page.mouse.move(plan.p.x + (d * s) / 5, plan.p.y + (d * s) / 5);
          await page.mouse.up();
          await page.waitForTimeout(50);
          const after = await el.boundingBox();
          if (
            before &&
            after &&
            (Math.abs(after.x - before.x) > 2 ||
              Math.abs(after.y - before.y) > 2 ||
              Math.abs(after.width - before.width) > 2 ||
              Math.abs(after.height - before.height) > 2)
          ) {
            moved = true;
            break;
          }
        }
        if (!moved) failures.push(`${label}: did not move`);
      }
      expect(failures).toEqual([]);
    });
  }
});

test('the landing page shows a picture of every section’s hero figure, in reading order', async ({
  page,
}) => {
  await page.goto('./#/');
  await waitForRoute(page);
  for (const [i, route] of SECTIONS.entries()) {
    const card = page.locator(`main li:has(a[href="${route}"])`).first();
    await expect(card).toBeVisible();
    const picture = card.locator('img');
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
      .toBeGreaterThanOrEqual(300);
    await expect(card).toContainText(String(i + 1));
    await expect(card).toContainText(/\d+\s*min/);
  }
});

test('the theme choice offers system, light and dark, and each one applies', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/');
  await waitForRoute(page);
  const header = page.locator('header');
  for (const [name, theme] of [
    ['light', 'light'],
    ['dark', 'dark'],
    ['system', 'dark'],
  ] as const) {
    const choice = header.getByRole('radio', { name: new RegExp(name, 'i') });
    if (!(await choice.isVisible())) await header.getByRole('button', { name: /theme/i }).click();
    await choice.check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('self-check answers survive a reload', async ({ page }) => {
  await page.goto(`./${SECTIONS[0]}`);
  await waitForRoute(page);
  const question = page.locator('[data-question]').first();
  await question.scrollIntoViewIfNeeded();
  await question.locator('input[type="radio"]').nth(1).check();
  const verdict = await question.getAttribute('data-correct');
  expect(verdict === 'true' || verdict === 'false').toBe(true);
  await page.reload();
  await waitForRoute(page);
  await expect(page.locator('[data-question]').first()).toHaveAttribute('data-correct', verdict ?? '');
  await expect(page.locator('[data-question]').first().locator('input[type="radio"]').nth(1)).toBeChecked();
});
