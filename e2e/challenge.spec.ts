/**
 * Challenge links and progress (issue 16 items 4-5): every figure's More menu
 * has "Make a challenge"; making one gives a link that carries the figure's
 * state, the goals and the hidden controls; a challenge link shows its goal
 * above the figure, reads "not met", then "met" once the test operates the
 * figure like a person, announces it in a role="status" region, and the
 * landing page shows the section's progress; "Clear my progress" clears the
 * self-check answers and the challenges met; a damaged challenge parameter
 * gives a notice while the page keeps working.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, insideViewport, pressOn, readValue, readout } from './fixtures';
import { waitForRoute } from './routes';

const SECTIONS = [
  'loss',
  'benchmarks',
  'segmentation',
  'detection',
  'image-quality',
  'pose',
  'depth',
  'generative',
  'text-to-image',
  'choosing',
  'lab',
] as const;

const figure = (page: Page, id: string) => page.locator(`figure[data-widget="${id}"]`);
const banner = (page: Page) => page.locator('[data-challenge-banner]');
const card = (page: Page, section: string) => page.locator(`main li[data-section="${section}"]`);

/** Opens a section's built-in challenge from its Challenges block, as a reader would. */
async function openBuiltIn(page: Page, section: string, id: string): Promise<Locator> {
  await page.goto(`./#/${section}`);
  await waitForRoute(page);
  const item = page.locator(`[data-challenges="${section}"] li[data-challenge="${id}"]`);
  await expect(item).toHaveAttribute('data-met', 'false');
  await item.getByRole('link').click();
  await expect(banner(page)).toBeVisible();
  return banner(page);
}

/** How each section's first built-in challenge is met by operating its figure. */
const SOLVE: Record<
  (typeof SECTIONS)[number],
  { id: string; goal: RegExp; solve: (page: Page) => Promise<void> }
> = {
  loss: {
    id: 'loss.flatter',
    goal: /test accuracy at least 0\.95/,
    solve: async (page) => {
      await pressOn(
        figure(page, 'loss.leakage').getByRole('checkbox', { name: 'Leak test examples into training' }),
        'Space',
      );
    },
  },
  benchmarks: {
    id: 'benchmarks.real-lead',
    goal: /flip rate at most 0\.01/,
    solve: async (page) => {
      await pressOn(figure(page, 'benchmarks.lead').getByRole('slider', { name: 'Test images' }), 'End');
    },
  },
  segmentation: {
    id: 'segmentation.person',
    goal: /IoU of person at least 0\.5 and IoU of car at least 0\.8/,
    solve: async (page) => {
      const painter = figure(page, 'segmentation.painter');
      // The challenge hides the Perfect preset; the student presses another one.
      await expect(painter.getByRole('button', { name: 'Perfect', exact: true })).toBeHidden();
      await pressOn(painter.getByRole('button', { name: 'Sloppy boundaries', exact: true }), 'Enter');
    },
  },
  detection: {
    id: 'detection.align',
    goal: /IoU at least 0\.9/,
    solve: async (page) => {
      const box = figure(page, 'detection.iou').getByRole('button', { name: /^predicted box/ });
      await pressOn(box, 'ArrowLeft', 12);
      await pressOn(box, 'ArrowUp', 8);
    },
  },
  'image-quality': {
    id: 'image-quality.brightness',
    goal: /PSNR of the brightened copy at least 40/,
    solve: async (page) => {
      const slider = figure(page, 'image-quality.fool').getByRole('slider', {
        name: 'Brightness shift (levels)',
      });
      await pressOn(slider, 'ArrowLeft', 9);
      await expect(slider).toHaveValue('1');
    },
  },
  pose: {
    id: 'pose.alpha',
    goal: /PCK@α of the small person at least 1/,
    solve: async (page) => {
      await pressOn(
        figure(page, 'pose.pck').getByRole('slider', { name: 'PCK α (fraction of the torso)' }),
        'End',
      );
    },
  },
  depth: {
    id: 'depth.book',
    goal: /AbsRel of the book at most 0\.02 and RMSE of the wall at least 1/,
    solve: async (page) => {
      const f = figure(page, 'depth.wall-book');
      await pressOn(f.getByRole('slider', { name: 'Predicted book depth (m)' }), 'ArrowRight');
      await pressOn(f.getByRole('slider', { name: 'Predicted wall depth (m)' }), 'ArrowLeft', 10);
    },
  },
  generative: {
    id: 'generative.fix-collapse',
    goal: /FID at most 0\.5/,
    solve: async (page) => {
      await pressOn(figure(page, 'generative.fid').getByRole('slider', { name: 'Modes kept' }), 'End');
    },
  },
  'text-to-image': {
    id: 'text-to-image.crowd',
    goal: /CLIPScore of prompt A at most 1\.5 and CLIPScore of prompt B at most 1\.5/,
    solve: async (page) => {
      const f = figure(page, 'text-to-image.composer');
      for (const kind of ['cat', 'box', 'sphere'])
        await pressOn(f.getByRole('button', { name: `Add ${kind}`, exact: true }), 'Enter');
      await f.getByRole('group', { name: 'Colour of sphere' }).getByRole('radio', { name: 'red' }).check();
    },
  },
  choosing: {
    id: 'choosing.five-metrics',
    goal: /the number of metrics to report at least 5/,
    solve: async (page) => {
      const f = figure(page, 'choosing.chooser');
      await f
        .getByRole('group', { name: 'Do tiny structures or small objects matter?' })
        .getByRole('radio', { name: 'Yes' })
        .check();
      await expect(banner(page).locator('[data-challenge-status]')).toHaveText('Status: not met');
      await f
        .getByRole('group', { name: 'Does exact localisation (boundaries, positions) matter?' })
        .getByRole('radio', { name: 'Yes' })
        .check();
    },
  },
  lab: {
    id: 'lab.data-range',
    goal: /PSNR \(dB\) at least 40 and mean SSIM at least 0\.9/,
    solve: async (page) => {
      const f = figure(page, 'lab.image-pair');
      await f.getByRole('button', { name: 'Load an example' }).click();
      await expect(readout(f, 'psnr')).toHaveAttribute('data-value', /^2\d\./);
      // The example at the default settings does not meet the goal: only the settings change it.
      await expect(banner(page).locator('[data-challenge-status]')).toHaveText('Status: not met');
      const range = f.getByRole('spinbutton', { name: 'Data range', exact: true });
      await range.fill('1000');
      await range.press('Enter');
    },
  },
};

test('every figure of every section has a "Make a challenge" item in its More menu', async ({
  page,
  problems,
}) => {
  for (const section of SECTIONS) {
    await page.goto(`./#/${section}`);
    await waitForRoute(page);
    const figures = page.locator('figure[data-widget]');
    const n = await figures.count();
    expect(n, section).toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: /^Make a challenge: /, includeHidden: true })).toHaveCount(
      n,
    );
    const first = figures.first();
    const title = (await first.locator('.ba-figure__title').innerText()).trim();
    await first.getByRole('button', { name: `More: ${title}` }).click();
    await expect(first.getByRole('button', { name: `Make a challenge: ${title}` })).toBeVisible();
  }
  await expectNoProblems(problems);
});

for (const section of SECTIONS) {
  test(`${section}: a built-in challenge goes from "not met" to "met" and the landing page shows it`, async ({
    page,
    problems,
  }) => {
    const { id, goal, solve } = SOLVE[section];
    const b = await openBuiltIn(page, section, id);
    await expect(b.locator('[data-challenge-goal]')).toHaveText(goal);
    // The link scrolls to its figure with the goal above it in view.
    await expect.poll(() => insideViewport(page, b.locator('[data-challenge-goal]'))).toBe(true);
    await expect(b.locator('[data-challenge-status]')).toHaveText('Status: not met');
    await expect(b.getByRole('status')).toHaveText('');
    await solve(page);
    await expect(b.locator('[data-challenge-status]')).toHaveText('Status: met');
    await expect(b.getByRole('status')).toContainText('Challenge met');
    await expect(page.locator(`[data-challenges="${section}"] li[data-challenge="${id}"]`)).toHaveAttribute(
      'data-met',
      'true',
    );
    await page.goto('./#/');
    await waitForRoute(page);
    await expect(card(page, section).locator(`[data-progress="${section}"]`)).toContainText(
      /checks? answered, 1 of 2 challenges met/,
    );
    for (const other of SECTIONS.filter((s) => s !== section))
      await expect(card(page, other).locator('[data-progress]')).toContainText('0 of 2 challenges met');
    await expectNoProblems(problems);
  });
}

test('an instructor makes a challenge in the page; its link carries the state, the goal and the hidden controls', async ({
  page,
  problems,
}) => {
  await page.goto('./#/depth');
  await waitForRoute(page);
  const f = figure(page, 'depth.wall-book');
  const book = f.getByRole('slider', { name: 'Predicted book depth (m)' });
  await pressOn(book, 'ArrowLeft', 4);
  await expect(book).toHaveValue('0.5');
  const more = f.getByRole('button', { name: 'More: A wall and a book' });
  await more.click();
  await f.getByRole('button', { name: 'Make a challenge: A wall and a book' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make a challenge: A wall and a book' });
  await expect(dialog).toBeVisible();
  const goal1 = dialog.locator('[data-goal="1"]');
  await goal1.getByLabel('Readout').selectOption({ label: 'Book (1 m): AbsRel' });
  await goal1.getByLabel('Comparison').selectOption({ label: 'at most' });
  await goal1.getByLabel('Value').fill('0.05');
  await dialog.getByRole('checkbox', { name: 'Predicted wall depth (m)' }).check();
  await dialog.getByRole('button', { name: 'Make the link' }).click();
  const field = dialog.getByRole('textbox', { name: 'Challenge link' });
  const link = await field.inputValue();
  expect(link).toMatch(/#\/depth\?.*s=1\..*c=/);
  await dialog.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(/Copied|Copy failed/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(more).toBeFocused();

  // The student opens the link.
  await page.goto(link);
  const b = banner(page);
  await expect(b.locator('[data-challenge-goal]')).toHaveText('Make Book (1 m): AbsRel at most 0.05.');
  await expect(b.locator('[data-challenge-status]')).toHaveText('Status: not met');
  const opened = figure(page, 'depth.wall-book');
  const bookSlider = opened.getByRole('slider', { name: 'Predicted book depth (m)' });
  await expect(bookSlider).toHaveValue('0.5');
  await expect(opened.getByRole('slider', { name: 'Predicted wall depth (m)' })).toBeHidden();
  await expect(opened.getByText('Predicted wall depth (m)')).toBeHidden();
  await pressOn(bookSlider, 'ArrowRight', 5);
  await expect(b.locator('[data-challenge-status]')).toHaveText('Status: met');
  await expect(b.getByRole('status')).toContainText('Challenge met');
  await expect(readout(opened, 'depth.abs_rel', { subject: 'book' })).toHaveAttribute(
    'data-value',
    /^(0|[0-9.e-]+)$/,
  );
  expect(Number(await readValue(readout(opened, 'depth.abs_rel', { subject: 'book' })))).toBeLessThanOrEqual(
    0.05,
  );
  // A challenge from a link counts next to the built-in ones.
  await expect(page.locator('[data-challenge-progress]')).toContainText(
    '0 of 2 challenges met (and 1 from shared links)',
  );
  await expectNoProblems(problems);
});

test('a damaged challenge parameter gives a notice and the figure still works', async ({ page }) => {
  await page.goto('./#/depth?c=eyJ2IjoxLCJ3Ijo&w=depth.wall-book');
  await waitForRoute(page);
  await expect(page.getByRole('status').filter({ hasText: 'challenge link is damaged' })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  const f = figure(page, 'depth.wall-book');
  const abs = readout(f, 'depth.abs_rel', { subject: 'book' });
  expect(await readValue(abs)).toBeCloseTo(0.1, 9);
  await pressOn(f.getByRole('slider', { name: 'Predicted book depth (m)' }), 'ArrowRight');
  await expect.poll(async () => Number(await readValue(abs))).toBeLessThan(0.01);
});

test('"Clear my progress" clears the self-check answers and the challenges met', async ({
  page,
  problems,
}) => {
  const b = await openBuiltIn(page, 'depth', 'depth.scale');
  await pressOn(
    figure(page, 'depth.conventions').getByRole('slider', { name: 'Scale error of the model' }),
    'ArrowLeft',
    10,
  );
  await expect(b.locator('[data-challenge-status]')).toHaveText('Status: met');
  // Only a challenge met: the Challenges block offers the one clear button.
  const block = page.locator('[data-challenges="depth"]');
  await expect(block.getByRole('button', { name: 'Clear my progress' })).toBeVisible();
  const check = page.locator('[data-selfcheck="depth.selfcheck"]');
  await check.locator('[data-question]').first().locator('input[type="radio"]').first().check();
  // With answers too there is still one button, in the self-check.
  await expect(page.getByRole('button', { name: 'Clear my progress' })).toHaveCount(1);
  await page.goto('./#/');
  await waitForRoute(page);
  const line = card(page, 'depth').locator('[data-progress="depth"]');
  await expect(line).toContainText(/^.*1 of \d+ checks answered, 1 of 2 challenges met/);
  await page.goto('./#/depth');
  await waitForRoute(page);
  await page.getByRole('button', { name: 'Clear my progress' }).click();
  await expect(check.locator('input[type="radio"]:checked')).toHaveCount(0);
  await expect(block.locator('li[data-challenge="depth.scale"]')).toHaveAttribute('data-met', 'false');
  await page.reload();
  await waitForRoute(page);
  await expect(block.locator('li[data-challenge="depth.scale"]')).toHaveAttribute('data-met', 'false');
  await page.goto('./#/');
  await waitForRoute(page);
  await expect(line).toContainText(/0 of \d+ checks answered, 0 of 2 challenges met/);
  await expectNoProblems(problems);
});

test('the challenge banner, block and maker panel have no serious or critical axe violation', async ({
  page,
}) => {
  await openBuiltIn(page, 'segmentation', 'segmentation.person');
  const f = figure(page, 'segmentation.painter');
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const serious = async () =>
    (await new AxeBuilder({ page }).withTags(tags).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(await serious()).toEqual([]);
  await f.getByRole('button', { name: /^More: / }).click();
  await f.getByRole('button', { name: /^Make a challenge: / }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Make the link' }).click();
  expect(await serious()).toEqual([]);
  await page.goto('./#/');
  await waitForRoute(page);
  expect(await serious()).toEqual([]);
});
