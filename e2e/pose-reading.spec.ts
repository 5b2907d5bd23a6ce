/**
 * The reading experience of #/pose (issue 14): the hero figure opens on the
 * trap (every prediction 5 px off) with its picture and both OKS readouts on
 * the first screen, the picture names ground truth and prediction itself,
 * the PCK figure shows a summary and only the wrong joints (its full table
 * collapsed), the default reading path stays short, and on a phone no
 * formula, table or readout of the section is cut off.
 */
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  readout,
  readNumber as num,
  widgetFigure as fig,
} from './fixtures';

const LARGE = { subject: 'large-person' };
const SMALL = { subject: 'small-person' };

/** COCO's sigmas (the published constants, restated independently of the app). */
const SIGMAS = [
  0.026, 0.025, 0.025, 0.035, 0.035, 0.079, 0.079, 0.072, 0.072, 0.062, 0.062, 0.107, 0.107, 0.087, 0.087,
  0.089, 0.089,
];
/** OKS when every keypoint is d px off, for an object of `area` px^2. */
const uniformOks = (d: number, area: number) =>
  SIGMAS.reduce((s, sg) => s + Math.exp(-(d * d) / (2 * area * (2 * sg) ** 2)), 0) / SIGMAS.length;

/** True when the element's box lies entirely inside the viewport. */
async function inViewport(page: Page, loc: Locator): Promise<boolean> {
  const box = await loc.boundingBox();
  const vp = page.viewportSize();
  if (!box || !vp) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= vp.width && box.y + box.height <= vp.height;
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test.describe(`at ${width}x${height}`, () => {
    test.use({ viewport: { width, height } });
    test('the hero opens on the trap: picture and both OKS readouts on the first screen, no interaction', async ({
      page,
      problems,
    }) => {
      await page.goto('./#/pose');
      const f = fig(page, 'pose.paradox');
      const large = readout(f, 'oks', LARGE);
      const small = readout(f, 'oks', SMALL);
      // every prediction 5 px off: the large person keeps about 0.95, the small one about 0.16
      await expectValue(large, uniformOks(5, 30037), 1e-9);
      await expectValue(small, uniformOks(5, 300.37), 1e-9);
      expect(await num(large)).toBeCloseTo(0.95, 2);
      expect(await num(small)).toBeCloseTo(0.16, 1);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const picture = f.getByRole('group', { name: /^A 640 by 480 image with a large person/ });
      expect((await picture.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(100);
      expect(await inViewport(page, picture), 'picture inside the first screen').toBe(true);
      expect(await inViewport(page, large), 'OKS of the large person inside the first screen').toBe(true);
      expect(await inViewport(page, small), 'OKS of the small person inside the first screen').toBe(true);
      // the readouts sit beside the picture, not under it
      const pb = (await picture.boundingBox())!;
      expect((await large.boundingBox())!.x).toBeGreaterThan(pb.x + pb.width);
      // the hook comes first: h1, one short paragraph, then the hero
      const firstFigure = await page
        .locator('article.ba-section')
        .evaluate((a) => a.querySelector('figure[data-widget]')?.getAttribute('data-widget'));
      expect(firstFigure).toBe('pose.paradox');
      await expect(page.locator('article.ba-section > p.ba-hook')).toHaveCount(1);
      await expectNoProblems(problems);
    });
  });
}

test('the pictures label ground truth and prediction by shape, in the picture itself', async ({ page }) => {
  await page.goto('./#/pose');
  const chip = fig(page, 'pose.paradox').locator('[data-picture-legend]');
  await expect(chip).toContainText('ground truth');
  await expect(chip).toContainText('prediction');
  // the chip lies over the picture
  const picture = fig(page, 'pose.paradox').getByRole('group', { name: /^A 640 by 480 image/ });
  const [c, p] = [(await chip.boundingBox())!, (await picture.boundingBox())!];
  expect(c.x).toBeGreaterThanOrEqual(p.x);
  expect(c.y + c.height).toBeLessThanOrEqual(p.y + p.height);
  // predicted joints are diamonds (polygons), ground-truth joints circles; captions name the shapes
  await expect(fig(page, 'pose.paradox').locator('figcaption')).toContainText('hollow diamonds');
  expect(await picture.locator('polygon[points]').count()).toBeGreaterThan(17);
});

test('the PCK figure is compact: a summary, only the wrong joints, the full table collapsed', async ({
  page,
  problems,
}) => {
  await page.goto('./#/pose');
  const f = fig(page, 'pose.pck');
  const summary = f.locator('[data-pck-wrong]');
  // default: every small-person prediction is 5 px off, outside the 0.2 × torso threshold
  await expect(summary).toContainText('Small person: 17 of 17 joints wrong by PCK@α');
  const table = f.locator('table');
  await expect(table).toBeHidden();
  await expect(f.locator('tr[data-joint="left_hip"]')).toHaveAttribute('data-pck', 'wrong');

  // the large person: nothing wrong, so no joint is listed
  await f.getByRole('radio', { name: 'large person' }).check();
  await expect(summary).toContainText('Large person: 0 of 17 joints wrong');
  await expect(summary).toHaveAttribute('data-pck-wrong', '');
  await expect(f).toContainText('none: every joint is inside its threshold');

  // the small person on the ground truth except one hip: one wrong joint
  await f.getByRole('radio', { name: 'small person' }).check();
  const par = fig(page, 'pose.paradox');
  await par.getByRole('button', { name: 'Put every prediction on its ground truth' }).click();
  await expect(summary).toContainText('0 of 17');
  const hip = par.getByRole('button', { name: /^predicted left hip, small person:/ });
  await hip.focus();
  await hip.press('Shift+ArrowRight');
  await expect(summary).toHaveAttribute('data-pck-wrong', 'left_hip');
  await expect(summary).toContainText('1 of 17');

  // the full table opens on demand
  await f.getByText('All 17 joints (table)').click();
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(17);
  await expectNoProblems(problems);
});

test('the default reading path of #/pose is at most 1,500 words', async ({ page }) => {
  await page.goto('./#/pose');
  await page.locator('article.ba-section h1').waitFor();
  const words = await page.locator('article.ba-section').evaluate((art) => {
    let n = 0;
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        n += (node.textContent ?? '').split(/\s+/).filter(Boolean).length;
        return;
      }
      if (!(node instanceof Element) || node.tagName === 'FIGURE') return;
      if (node instanceof HTMLDetailsElement && !node.open) {
        const summary = node.querySelector(':scope > summary');
        if (summary) walk(summary);
        return;
      }
      node.childNodes.forEach(walk);
    };
    walk(art);
    return n;
  });
  expect(words).toBeGreaterThan(500);
  expect(words).toBeLessThanOrEqual(1500);
  // the devkit detail is still on the page, collapsed
  await expect(page.locator('details[data-implementers^="pose.notes."]')).toHaveCount(8);
  await expect(page.locator('#pose\\.notes\\.pckh')).toContainText('60 % of the diagonal of a head box');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('no formula, table or readout of the section is cut off', async ({ page }) => {
    await page.goto('./#/pose');
    await page.locator('figure[data-widget="pose.ap"] [data-metric="coco_eval.ap"][data-value]').waitFor();
    // formulas are drawn when they come near the screen: scroll through the section once
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 500) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
    await expect(fig(page, 'pose.paradox').locator('.katex-display').first()).toBeAttached();
    await expect(fig(page, 'pose.pck').locator('.katex-display').first()).toBeAttached();
    const clipped = await page.locator('article.ba-section').evaluate((art) => {
      const out: string[] = [];
      for (const el of art.querySelectorAll<HTMLElement>('.katex-display, table, [data-value]')) {
        if (el.closest('details:not([open])')) continue;
        const name = `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`;
        if (el.scrollWidth > el.clientWidth + 1) out.push(`${name}: scrolls`);
        const b = el.getBoundingClientRect();
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX === 'visible') continue;
          const ab = a.getBoundingClientRect();
          if (b.left < ab.left - 1 || b.right > ab.right + 1) out.push(`${name}: clipped by ${a.className}`);
          break;
        }
      }
      return out;
    });
    expect(clipped).toEqual([]);
  });
});
