/**
 * The choosing section (#/choosing, issue 17 items 7-8): the chooser's
 * recommendation is on the first screen, changes when an answer changes
 * (and so do its counts of metrics and conventions),
 * survives a copy-link round trip and links to figures that exist; the
 * instructors' table narrows to a task and stacks on a phone; axe finds no
 * serious or critical violation.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  horizontalOverflow,
  insideViewport,
  readout,
  readValue,
  widgetFigure as fig,
} from './fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./#/choosing');
  await page.locator('main h1').first().waitFor();
});

const recIds = (f: Locator) =>
  f.locator('[data-rec]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rec')));

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('at 1280x800 the chooser and its recommendation are on the first screen', async ({ page, problems }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#/choosing');
  const first = page.locator('article.ba-section figure[data-widget]').first();
  await expect(first).toHaveAttribute('data-widget', 'choosing.chooser');
  const list = first.getByTestId('recommendations');
  await expect(list.locator('[data-rec]')).toHaveCount(3);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await insideViewport(page, list), 'recommendation inside the first screen').toBe(true);
  await expectNoProblems(problems);
});

test('changing an answer changes the recommended metrics', async ({ page, problems }) => {
  const f = fig(page, 'choosing.chooser');
  expect(await recIds(f)).toEqual(['overlap', 'pixel-accuracy', 'uncertainty']);
  await f
    .getByRole('group', { name: 'Can an image contain nothing to find?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await expect.poll(() => recIds(f)).toEqual(['overlap', 'pixel-accuracy', 'empty', 'uncertainty']);
  await expect(f.locator('[data-rec="empty"]')).toContainText('0/0');
  await f.getByRole('radio', { name: 'Detection' }).check();
  await expect.poll(() => recIds(f)).toEqual(['ap', 'ties', 'empty', 'crowded', 'uncertainty']);
  await f.getByRole('radio', { name: 'Classification' }).check();
  await f.getByRole('radio', { name: 'A yes/no decision' }).check();
  await expect.poll(() => recIds(f)).toEqual(['accuracy', 'topk', 'threshold', 'uncertainty']);
  await expectNoProblems(problems);
});

test('the counts of metrics and conventions follow the answers', async ({ page, problems }) => {
  const f = fig(page, 'choosing.chooser');
  const metrics = readout(f, 'choosing.metric_count');
  const conventions = readout(f, 'choosing.convention_count');
  // Segmentation by default: IoU/Dice and the interval state a convention, pixel accuracy does not.
  expect(await readValue(metrics)).toBe(3);
  expect(await readValue(conventions)).toBe(2);
  // Empty images add a rule to state, not a metric.
  await f
    .getByRole('group', { name: 'Can an image contain nothing to find?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await expect(metrics).toHaveAttribute('data-value', '3');
  await expect(conventions).toHaveAttribute('data-value', '3');
  await expect(f.locator('[data-rec="empty"]')).toHaveAttribute('data-kind', 'rule');
  // Tiny structures and a deployed decision each add a metric.
  await f
    .getByRole('group', { name: 'Do tiny structures or small objects matter?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await f.getByRole('radio', { name: 'A yes/no decision' }).check();
  await expect(metrics).toHaveAttribute('data-value', '5');
  await expect(conventions).toHaveAttribute('data-value', '4');
  expect(await f.locator('[data-rec][data-kind="metric"]').count()).toBe(5);
  expect(await f.locator('[data-rec]').filter({ hasText: 'State:' }).count()).toBe(4);
  await expectNoProblems(problems);
});

test('the answers survive a copy-link round trip', async ({ page, context, problems }) => {
  const f = fig(page, 'choosing.chooser');
  await f.getByRole('radio', { name: 'Pose' }).check();
  await f
    .getByRole('group', { name: 'Do tiny structures or small objects matter?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await f.getByRole('radio', { name: 'A yes/no decision' }).check();
  const ids = await recIds(f);
  expect(ids).toContain('small');
  await f.getByRole('button', { name: 'Copy link' }).click();
  const link = await f.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/choosing?s=1.');
  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const g = fig(other, 'choosing.chooser');
  await expect(g.getByRole('radio', { name: 'Pose' })).toBeChecked();
  await expect(g.getByRole('radio', { name: 'A yes/no decision' })).toBeChecked();
  await expect(
    g
      .getByRole('group', { name: 'Do tiny structures or small objects matter?' })
      .getByRole('radio', { name: 'Yes' }),
  ).toBeChecked();
  expect(await recIds(g)).toEqual(ids);
  await other.close();
  await expectNoProblems(problems);
});

test('a recommendation links to the figure that shows its trap', async ({ page, problems }) => {
  const f = fig(page, 'choosing.chooser');
  await f.locator('[data-rec="uncertainty"]').getByRole('link').click();
  await expect(page).toHaveURL(/#\/benchmarks\?w=benchmarks\.lead/);
  await expect(fig(page, 'benchmarks.lead')).toBeInViewport();
  await expectNoProblems(problems);
});

test('the instructors’ table narrows to one task', async ({ page, problems }) => {
  const f = fig(page, 'choosing.table');
  await expect(f.locator('tbody tr')).toHaveCount(7);
  await f.getByRole('radio', { name: 'Depth' }).check();
  await expect(f.locator('tbody tr')).toHaveCount(2);
  await expect(f.locator('tbody tr[data-task="depth"]')).toContainText('AbsRel');
  await expectNoProblems(problems);
});

test('the instructors’ table prints on one A4 page', async ({ page }) => {
  // Print only the table's figure: everything else hidden, as a teacher would print a selection.
  await page.evaluate(() => {
    const keep = document.querySelector('figure[data-widget="choosing.table"]');
    document.body.replaceChildren(keep!);
  });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages).toBe(1);
});

test('an axe scan of #/choosing finds no serious or critical violation in either theme', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('./#/choosing');
    await fig(page, 'choosing.table').waitFor();
    expect(await seriousViolations(page), scheme).toEqual([]);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the section does not scroll sideways, a tap answers, and the table stacks', async ({ page }) => {
    const f = fig(page, 'choosing.chooser');
    await f.getByRole('radio', { name: 'Depth' }).tap();
    await expect.poll(() => recIds(f)).toEqual(['absrel-rmse', 'conventions', 'uncertainty']);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const cell = fig(page, 'choosing.table').locator('tbody td').first();
    expect(await cell.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
