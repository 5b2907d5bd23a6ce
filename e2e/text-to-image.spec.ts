/**
 * The text-to-image section (#/text-to-image), operated like a person:
 * prompts typed into the labelled fields, objects added, moved with the
 * keyboard, dragged with the pointer and a finger, a DrawBench category
 * picked, the generators reordered. Numbers are read from data-metric /
 * data-value.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  dragBy,
  horizontalOverflow,
  insideViewport,
  pressOn,
  readout,
  readNumber as num,
  widgetFigure as fig,
} from './fixtures';

const composer = (page: Page) => fig(page, 'text-to-image.composer');
const promptField = (f: Locator, letter: 'A' | 'B') => f.getByRole('textbox', { name: `Prompt ${letter}` });
const score = (f: Locator, key: 'a' | 'b') => readout(f, 'clip_score', { subject: `prompt-${key}` });
const used = (f: Locator, key: 'a' | 'b') => f.locator(`[data-words="prompt-${key}"] [data-role="used"]`);
const ignored = (f: Locator, key: 'a' | 'b') =>
  f.locator(`[data-words="prompt-${key}"] [data-role="ignored"]`);
const item = (f: Locator, name: string) =>
  f.getByRole('button', { name: new RegExp(`^${name}: x \\d+, y \\d+$`) });

/** Types a prompt (replacing the old one) and waits until the worker has read it: its used words match. */
async function typePrompt(f: Locator, key: 'a' | 'b', text: string, usedWords: string): Promise<number> {
  const field = promptField(f, key === 'a' ? 'A' : 'B');
  await field.fill(text);
  await expect(field).toHaveValue(text);
  await expect(used(f, key)).toHaveText(usedWords);
  return num(score(f, key));
}

test.beforeEach(async ({ page }) => {
  await page.goto('./#/text-to-image');
  await page.locator('main h1').first().waitFor();
});

test.describe('at 1280x800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the first screen shows the trap: both prompts score the same against the scene', async ({
    page,
    problems,
  }) => {
    const first = page.locator('article.ba-section figure[data-widget]').first();
    await expect(first).toHaveAttribute('data-widget', 'text-to-image.composer');
    await expect(promptField(first, 'A')).toHaveValue('an astronaut riding a horse');
    await expect(promptField(first, 'B')).toHaveValue('a horse riding an astronaut');
    await expectValue(score(first, 'a'), 2.5, 1e-12);
    await expectValue(score(first, 'b'), 2.5, 1e-12);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await insideViewport(page, score(first, 'a')), 'score A on the first screen').toBe(true);
    expect(await insideViewport(page, score(first, 'b')), 'score B on the first screen').toBe(true);
    expect(await insideViewport(page, first.locator('svg[role="group"]'))).toBe(true);
    await expect(first.getByText('Bag-of-concepts embedding, not CLIP.')).toBeVisible();
    await expectNoProblems(problems);
  });
});

test('swapping the word order of a prompt leaves clip_score unchanged; a concept missing from the scene lowers it', async ({
  page,
  problems,
}) => {
  const f = composer(page);
  const before = await typePrompt(f, 'a', 'a horse on a blue sphere', 'horse, blue, sphere');
  const swapped = await typePrompt(f, 'a', 'a blue sphere on a horse', 'blue, sphere, horse');
  expect(swapped).toBe(before);
  await expect(ignored(f, 'a')).toContainText('on (relation)');
  // The scene holds a horse and an astronaut: "a cat riding a horse" names a cat it lacks.
  const full = await typePrompt(f, 'a', 'an astronaut riding a horse', 'astronaut, horse');
  expect(full).toBeCloseTo(2.5, 12);
  const missing = await typePrompt(f, 'a', 'a cat riding a horse', 'cat, horse');
  expect(missing).toBeLessThan(full);
  expect(missing).toBeCloseTo(1.25, 12);
  await expectNoProblems(problems);
});

test('"three cats" and "five cats" score the same; adding an object the prompt names changes the score', async ({
  page,
  problems,
}) => {
  const f = composer(page);
  await f.getByRole('button', { name: 'Three cats' }).click();
  await expect(item(f, 'cat 3')).toBeVisible();
  const three = await typePrompt(f, 'a', 'three cats on a box', 'cats, box');
  const five = await typePrompt(f, 'a', 'five cats on a box', 'cats, box');
  await expect(ignored(f, 'a')).toContainText('five (number)');
  expect(five).toBe(three);
  // A prompt naming a sphere the scene lacks scores lower; adding a sphere brings it back to full marks.
  const lacking = await typePrompt(f, 'b', 'a cat on a box next to a sphere', 'cat, box, sphere');
  expect(lacking).toBeLessThan(2.5);
  await f.getByRole('button', { name: 'Add sphere' }).click();
  await expect(item(f, 'sphere')).toBeVisible();
  await expectValue(score(f, 'b'), 2.5, 1e-12);
  await expectNoProblems(problems);
});

test('keyboard: arrow keys move an object, Delete removes it, and the score sees only the removal', async ({
  page,
  problems,
}) => {
  const f = composer(page);
  await expectValue(score(f, 'a'), 2.5, 1e-12);
  const astronaut = item(f, 'astronaut');
  await expect(astronaut).toHaveAttribute('aria-roledescription', 'draggable');
  await expect(astronaut).toHaveAttribute('aria-label', 'astronaut: x 175, y 165');
  await pressOn(astronaut, 'Shift+ArrowRight', 20);
  await expect(astronaut).toHaveAttribute('aria-label', 'astronaut: x 375, y 165');
  await expect(f.locator('[data-scene-facts]')).toContainText('horse left of astronaut');
  expect(await num(score(f, 'a'))).toBeCloseTo(2.5, 12);
  await astronaut.press('Delete');
  await expect(item(f, 'astronaut')).toHaveCount(0);
  // Scene {horse} against {astronaut, horse}: cos = 1/sqrt(2).
  await expectValue(score(f, 'a'), 2.5 / Math.SQRT2, 1e-12);
  await expectNoProblems(problems);
});

test('typing quickly loses no character, and the words read are shown once typing pauses', async ({
  page,
  problems,
}) => {
  const f = composer(page);
  const field = promptField(f, 'B');
  await field.fill('');
  const text = 'a red cat under two blue boxes';
  await field.pressSequentially(text);
  await expect(field).toHaveValue(text);
  await expect(used(f, 'b')).toHaveText('red, cat, blue, boxes');
  await expect(ignored(f, 'b')).toHaveText('a, under (relation), two (number)');
  // The scene holds a horse and an astronaut only: the cosine is 0 and the score is 0.
  await expectValue(score(f, 'b'), 0, 0);
  await expectNoProblems(problems);
});

test('pointer: dragging an object moves it', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const f = composer(page);
  const horse = item(f, 'horse');
  await expect(horse).toHaveAttribute('aria-label', 'horse: x 170, y 215');
  await dragBy(page, horse, 120, -40);
  await expect(horse).not.toHaveAttribute('aria-label', 'horse: x 170, y 215');
  const x = Number(/x (\d+)/.exec((await horse.getAttribute('aria-label')) ?? '')?.[1]);
  expect(x).toBeGreaterThan(230);
  await expectNoProblems(problems);
});

test('DrawBench: picking a category shows its example prompt and verdict', async ({ page, problems }) => {
  const f = fig(page, 'text-to-image.drawbench');
  await expect(f.getByRole('radio')).toHaveCount(11);
  await expect(f.locator('[data-drawbench="prompt"]')).toContainText('Four dogs on the street.');
  await f.getByRole('radio', { name: 'Positional' }).check();
  await expect(f.locator('[data-drawbench="prompt"]')).toHaveText('“A car on the left of a bus.”');
  await expect(f.locator('[data-drawbench="verdict"]')).toContainText('Mostly no');
  await f.getByRole('radio', { name: 'Colors' }).check();
  await expect(f.locator('[data-drawbench="verdict"]')).toContainText('Partly');
  await expectNoProblems(problems);
});

test('generators: FID and CLIPScore each put a different flawed generator first; reranking changes the agreement', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'text-to-image.generators');
  const fid = (m: string) => num(f.locator(`[data-metric="fid_features"][data-model="${m}"]`));
  const clip = (m: string) => num(f.locator(`[data-metric="clip_score"][data-model="${m}"]`));
  const fids = { glossy: await fid('off-prompt'), good: await fid('good'), stuck: await fid('collapsed') };
  const clips = {
    literal: await clip('unrealistic'),
    good: await clip('good'),
    glossy: await clip('off-prompt'),
  };
  expect(fids.glossy).toBeLessThan(fids.good);
  expect(fids.good).toBeLessThan(fids.stuck);
  expect(clips.literal).toBeGreaterThan(clips.good);
  expect(clips.good).toBeGreaterThan(clips.glossy);
  const fidLine = f.locator('[data-agreement="fid"]');
  await expect(fidLine).toContainText('puts Glossy first');
  await expect(f.locator('[data-agreement="clip"]')).toContainText('puts Literal first');
  const before = await fidLine.textContent();
  const up = f.getByRole('button', { name: 'Move Balanced up' });
  for (let i = 0; i < 3; i++) await up.click();
  await expect(up).toBeDisabled();
  await expect(f.locator('li[data-model]').first()).toHaveAttribute('data-model', 'good');
  await expect(fidLine).not.toHaveText(before ?? '');
  await expectNoProblems(problems);
});

test('state survives a copy-link round trip', async ({ page, context, problems }) => {
  const f = composer(page);
  await f.getByRole('button', { name: 'Add cat' }).click();
  const a = await typePrompt(f, 'a', 'a cat beside a horse', 'cat, horse');
  await pressOn(item(f, 'horse'), 'ArrowUp', 3);
  await expect(item(f, 'horse')).toHaveAttribute('aria-label', 'horse: x 170, y 212');
  await fig(page, 'text-to-image.drawbench').getByRole('radio', { name: 'Text' }).check();
  const gens = fig(page, 'text-to-image.generators');
  await gens.getByRole('button', { name: 'Move Balanced up' }).click();

  await f.getByRole('button', { name: 'Copy link' }).click();
  const link = await f.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/text-to-image?s=1.');

  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const f2 = composer(other);
  await expect(promptField(f2, 'A')).toHaveValue('a cat beside a horse');
  await expect(item(f2, 'horse')).toHaveAttribute('aria-label', 'horse: x 170, y 212');
  await expect(item(f2, 'cat')).toBeVisible();
  await expectValue(score(f2, 'a'), a, 0);
  await expect(fig(other, 'text-to-image.drawbench').getByRole('radio', { name: 'Text' })).toBeChecked();
  await expect(fig(other, 'text-to-image.generators').locator('li[data-model]').nth(2)).toHaveAttribute(
    'data-model',
    'good',
  );
  await other.close();
  await expectNoProblems(problems);
});

test('a tampered link with an over-long prompt resets the composer and says so', async ({ page }) => {
  const { deflateSync } = await import('fflate');
  const state = { 'text-to-image.composer': { a: 'x'.repeat(500), b: 'ok', items: [] } };
  const payload = Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(state)))).toString(
    'base64url',
  );
  await page.goto(`./#/text-to-image?s=1.${payload}`);
  const f = composer(page);
  await expect(promptField(f, 'A')).toHaveValue('an astronaut riding a horse');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /reset|could not/i })
      .first(),
  ).toBeVisible();
});

test('the built-in challenge "Lower both scores" goes from not met to met by crowding the scene', async ({
  page,
  problems,
}) => {
  const item = page.locator('[data-challenges="text-to-image"] li[data-challenge="text-to-image.crowd"]');
  await expect(item).toHaveAttribute('data-met', 'false');
  await item.getByRole('link').click();
  const banner = page.locator('[data-challenge-banner]');
  await expect(banner).toBeVisible();
  await expect(banner.locator('[data-challenge-status]')).toHaveText('Status: not met');
  const f = composer(page);
  await expect(promptField(f, 'A')).toBeHidden();
  for (const kind of ['cat', 'box', 'sphere']) await f.getByRole('button', { name: `Add ${kind}` }).click();
  await expectValue(score(f, 'a'), 2.5 * (2 / Math.sqrt(10)), 1e-12);
  await expect(banner.locator('[data-challenge-status]')).toHaveText('Status: not met');
  await f.getByRole('group', { name: 'Colour of sphere' }).getByRole('radio', { name: 'red' }).check();
  await expectValue(score(f, 'a'), 2.5 * (2 / Math.sqrt(12)), 1e-12);
  await expect(banner.locator('[data-challenge-status]')).toHaveText('Status: met');
  await expectNoProblems(problems);
});

test('the default reading path stays at 1,500 words at most', async ({ page }) => {
  await page.locator('[data-question]').first().waitFor();
  const words = await page.evaluate(() => {
    const article = document.querySelector('article.ba-section');
    if (!article) return -1;
    const copy = article.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('figure, details:not([open])').forEach((el) => el.remove());
    return (copy.textContent ?? '').split(/\s+/).filter((w) => /\w/.test(w)).length;
  });
  expect(words).toBeGreaterThan(100);
  expect(words).toBeLessThanOrEqual(1500);
});

test('an axe scan of #/text-to-image finds no serious or critical violation in either theme', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/text-to-image');
    await page
      .locator('figure[data-widget="text-to-image.generators"] [data-metric="fid_features"][data-value]')
      .first()
      .waitFor();
    await page.locator('[data-metric="clip_score"][data-subject="prompt-b"][data-value]').waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, scheme).toEqual([]);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the section does not scroll sideways, and a finger drags an object', async ({ page }) => {
    const f = composer(page);
    await f.locator('[data-metric="clip_score"][data-value]').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const horse = item(f, 'horse');
    await horse.scrollIntoViewIfNeeded();
    const box = await horse.boundingBox();
    if (!box) throw new Error('horse not visible');
    expect(box.width).toBeGreaterThanOrEqual(44);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // A finger drag through CDP touch events (Playwright's touchscreen only taps).
    const cdp = await page.context().newCDPSession(page);
    const send = (type: 'touchStart' | 'touchMove' | 'touchEnd', px: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: px, y }] });
    await send('touchStart', x);
    for (let k = 1; k <= 12; k++) await send('touchMove', x + (k * 80) / 12);
    await send('touchEnd', x + 80);
    await expect(horse).not.toHaveAttribute('aria-label', 'horse: x 170, y 215');
  });

  test("the objects' names in the scene are at least 12 px tall as drawn", async ({ page }) => {
    const f = composer(page);
    await f.locator('[data-metric="clip_score"][data-value]').first().waitFor();
    const sizes = await f.locator('svg text.t2i-label').evaluateAll((els) =>
      els.map((el) => {
        const m = (el as SVGTextElement).getScreenCTM();
        return m ? parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b) : 0;
      }),
    );
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(11.9);
  });
});
