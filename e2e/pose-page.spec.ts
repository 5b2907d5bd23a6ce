/**
 * Page-wide checks of #/pose: a copied link restores every figure, damaged
 * links show notices, the self-check answers, axe in both themes, unique
 * names of the draggables, and a 360 px phone (no sideways scroll, touch drag).
 */
import AxeBuilder from '@axe-core/playwright';
import { deflateSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  horizontalOverflow,
  pressOn,
  readout,
  readNumber as num,
  widgetFigure as fig,
} from './fixtures';

const LARGE = { subject: 'large-person' };
const SMALL = { subject: 'small-person' };
const joint = (f: Locator, name: string, who: string, suffix = '') =>
  f.getByRole('button', { name: new RegExp(`^predicted ${name}, ${who}${suffix}:`) });
/** Reads "x 12, y 34" back from a draggable joint's accessible name. */
async function pos(target: Locator): Promise<[number, number]> {
  const label = (await target.getAttribute('aria-label')) ?? '';
  const m = /x (-?\d+), y (-?\d+)$/.exec(label);
  if (!m) throw new Error(`no position in "${label}"`);
  return [Number(m[1]), Number(m[2])];
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#/pose');
  await page.locator('main h1').first().waitFor();
});

test('a copied link restores every pose figure', async ({ page, context, problems }) => {
  // loads the page twice and operates every figure
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const par = fig(page, 'pose.paradox');
  await par.getByRole('button', { name: 'Shift every prediction by 5 px' }).click();
  await pressOn(joint(par, 'right knee', 'large person'), 'Shift+ArrowDown', 2);
  const rings = fig(page, 'pose.rings');
  await pressOn(rings.getByRole('slider', { name: 'Person scale' }), 'ArrowLeft', 3);
  const pck = fig(page, 'pose.pck');
  await pressOn(pck.getByRole('slider', { name: 'PCK α (fraction of the torso)' }), 'ArrowRight', 2);
  const ap = fig(page, 'pose.ap');
  await pressOn(ap.getByRole('spinbutton', { name: 'Score of prediction 3' }), 'ArrowUp', 19);
  const vis = fig(page, 'pose.visibility');
  await vis.getByRole('checkbox', { name: 'left wrist labelled' }).check();

  const values = async (p: Page) => ({
    large: await num(readout(fig(p, 'pose.paradox'), 'oks', LARGE)),
    small: await num(readout(fig(p, 'pose.paradox'), 'oks', SMALL)),
    ring: await num(
      fig(p, 'pose.rings').locator(
        '[data-metric="oks_ring_radius"][data-subject="large-person"][data-joint="hip"][data-similarity="0.5"]',
      ),
    ),
    pck: await num(readout(fig(p, 'pose.pck'), 'pck', SMALL)),
    ap: await num(readout(fig(p, 'pose.ap'), 'coco_eval.ap')),
    vis: await num(readout(fig(p, 'pose.visibility'), 'oks', { subject: 'as-labelled' })),
  });
  await expect(ap.getByRole('spinbutton', { name: 'Score of prediction 3' })).toHaveValue('0.99');
  const before = await values(page);

  await vis.getByRole('button', { name: 'Copy link' }).click();
  const link = await vis.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/pose?s=1.');
  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  await expect(fig(other, 'pose.rings').getByRole('slider', { name: 'Person scale' })).toHaveValue('0.85');
  await expect(
    fig(other, 'pose.visibility').getByRole('checkbox', { name: 'left wrist labelled' }),
  ).toBeChecked();
  const after = await values(other);
  for (const k of Object.keys(before) as (keyof typeof before)[])
    expect(after[k], k).toBeCloseTo(before[k], 12);
  await other.close();
  await expectNoProblems(problems);
});

test('a damaged link shows a notice; a link with one bad figure resets only that figure', async ({
  page,
}) => {
  // loads the page three times
  test.slow();
  // a fresh load of the link, as a reader opening it would (a reload could race the
  // address-bar rewrite that drops the refused part)
  await page.goto('about:blank');
  await page.goto('./#/pose?s=1.garbage');
  await expect(page.getByRole('status').filter({ hasText: /link/i }).first()).toBeVisible();
  // the paradox figure shows its default: every prediction 5 px off (OKS of the small person about 0.155)
  await expect
    .poll(async () => Math.abs((await num(readout(fig(page, 'pose.paradox'), 'oks', SMALL))) - 0.1547))
    .toBeLessThan(1e-3);

  const json = JSON.stringify({
    'pose.rings': { scale: 0.33 },
    'pose.pck': { alphaTorso: 0.4, alphaHead: 0.5, person: 'large-person', circles: 'head' },
  });
  const payload = Buffer.from(deflateSync(new TextEncoder().encode(json))).toString('base64url');
  // a fresh load of the link, as a reader opening it would (a reload could race the
  // address-bar rewrite that drops the refused part)
  await page.goto('about:blank');
  await page.goto(`./#/pose?s=1.${payload}`);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Tolerance rings/ })
      .first(),
  ).toBeVisible();
  await expect(fig(page, 'pose.rings').getByRole('slider', { name: 'Person scale' })).toHaveValue('1');
  await expect(
    fig(page, 'pose.pck').getByRole('slider', { name: 'PCK α (fraction of the torso)' }),
  ).toHaveValue('0.4');
  await expect(fig(page, 'pose.pck').getByRole('radio', { name: 'PCKh threshold' })).toBeChecked();
});

test('the self-check marks answers', async ({ page }) => {
  await expect(page.locator('[data-correct]')).toHaveCount(0);
  await page.getByRole('radio', { name: /Human annotators disagree far more about where a hip is/ }).check();
  await expect(page.locator('[data-correct="true"]')).toHaveCount(1);
});

async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`an axe scan of #/pose finds no serious or critical violation in the ${scheme} theme`, async ({
    page,
  }) => {
    // axe checks every one of the page's ~4,000 nodes; allow for a busy machine
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/pose');
    await page.locator('figure[data-widget="pose.ap"] [data-metric="coco_eval.ap"][data-value]').waitFor();
    expect(await axeProblems(page), scheme).toEqual([]);
  });
}

test('every draggable, control and labelled group has a unique accessible name', async ({ page }) => {
  const draggables = await page
    .locator('[aria-roledescription="draggable"]')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').replace(/:.*$/, '')));
  expect(draggables.length).toBe(17 * 4 + 6 + 17);
  expect(new Set(draggables).size).toBe(draggables.length);

  const names = await page.locator('main').evaluate((main) => {
    const out: string[] = [];
    const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    main
      .querySelectorAll('input, [role="group"][aria-label], [role="region"][aria-label], section[aria-label]')
      .forEach((el) => {
        const input = el as HTMLInputElement;
        const own = el.getAttribute('aria-label');
        out.push(own ?? (input.labels && input.labels[0] ? text(input.labels[0]) : ''));
      });
    main.querySelectorAll('button').forEach((el) => {
      // the accessible name: aria-label when the button has one (the More menu's items do)
      const name = el.getAttribute('aria-label') ?? text(el);
      // every figure's own Reset, Copy link and More buttons repeat by design
      if (name !== 'Reset' && name !== 'Copy link' && name !== 'More') out.push(name);
    });
    return out;
  });
  const repeated = names.filter((n, i) => n === '' || names.indexOf(n) !== i);
  expect(repeated).toEqual([]);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the section does not scroll sideways and passes axe', async ({ page }) => {
    test.slow();
    await page.locator('figure[data-widget="pose.ap"] [data-metric="coco_eval.ap"][data-value]').waitFor();
    const overflow = await horizontalOverflow(page);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeProblems(page)).toEqual([]);
  });

  test('a finger drags a joint of the small person in the inset', async ({ page }) => {
    const f = fig(page, 'pose.paradox');
    const knee = joint(f, 'left knee', 'small person');
    await knee.scrollIntoViewIfNeeded();
    const before = await pos(knee);
    const oks = await num(readout(f, 'oks', SMALL));
    const box = await knee.boundingBox();
    if (!box) throw new Error('joint not visible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', tx: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: tx, y }] });
    await touch('touchStart', x);
    for (let k = 1; k <= 6; k++) await touch('touchMove', x + (24 * k) / 6);
    await touch('touchEnd', x + 24);
    await expect.poll(async () => (await pos(knee))[0]).toBeGreaterThan(before[0]);
    // the knee started 3 px right of its ground truth: moving it further right lowers OKS
    await expect.poll(async () => num(readout(f, 'oks', SMALL))).toBeLessThan(oks);
  });
});
