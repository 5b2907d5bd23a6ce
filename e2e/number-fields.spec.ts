/**
 * Review F2: every number field keeps what the reader types and applies
 * exactly that on commit. Each field is operated with the keyboard as a
 * person would (click, Ctrl+A, Backspace, type, Tab or Enter); the applied
 * value is read from the figure's share link, and a readout's data-value
 * shows the figure recomputed.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoProblems, readNumber, readout, widgetFigure } from './fixtures';
import { sharedState } from './share-state';

interface Field {
  name: string;
  route: string;
  widget: string;
  label: string;
  /** Where the field's value sits in the widget's state. */
  read: (state: Record<string, unknown> | undefined) => number | undefined;
  /** A readout of the figure that depends on the field. */
  readout: { metric: string; cls?: string };
  initial: string;
}

const at = (key: string, i: number) => (s: Record<string, unknown> | undefined) =>
  (s?.[key] as number[] | undefined)?.[i];

const FIELDS: Field[] = [
  {
    name: 'detection AP score',
    route: '#/detection',
    widget: 'detection.ap',
    label: 'Score of prediction 1',
    read: at('scores', 0),
    readout: { metric: 'ap_voc', cls: 'car' },
    initial: '0.95',
  },
  {
    name: 'pose AP score',
    route: '#/pose',
    widget: 'pose.ap',
    label: 'Score of prediction 1',
    read: at('scores', 0),
    readout: { metric: 'coco_eval.ap' },
    initial: '0.95',
  },
  {
    name: 'LPIPS weight',
    route: '#/image-quality',
    widget: 'image-quality.lpips',
    label: 'Weight of texture',
    read: at('w', 1), // channels: edges, texture, colour
    readout: { metric: 'lpips_features' },
    initial: '0.5',
  },
  {
    name: 'LPIPS feature',
    route: '#/image-quality',
    widget: 'image-quality.lpips',
    label: 'Distorted copy, texture, bottom right',
    read: at('b', 7), // channel-major: texture (1) x 4 + bottom right (3)
    readout: { metric: 'lpips_features' },
    initial: '0.2',
  },
];

/** The field's applied value, from the share link (a widget left out of the link is at its defaults). */
async function applied(f: Field, fig: Locator): Promise<number> {
  return f.read(await sharedState(fig)) ?? Number(f.initial);
}

async function open(page: Page, f: Field): Promise<{ fig: Locator; input: Locator }> {
  await page.goto(`./${f.route}`);
  const fig = widgetFigure(page, f.widget);
  const input = fig.getByRole('spinbutton', { name: f.label, exact: true });
  await input.scrollIntoViewIfNeeded();
  return { fig, input };
}

/** Selects everything in the field and deletes it, as a person would. */
async function clear(page: Page, input: Locator): Promise<void> {
  await input.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
}

for (const f of FIELDS) {
  test.describe(`number field: ${f.name}`, () => {
    test('Ctrl+A, Backspace, 0.45, Tab sets exactly 0.45; Ctrl+A, Backspace, 0.5, Enter sets 0.5', async ({
      page,
      problems,
    }) => {
      const { fig, input } = await open(page, f);
      if (f.initial) await expect(input).toHaveValue(f.initial);
      const before = await readNumber(readout(fig, f.readout.metric, { cls: f.readout.cls }));

      await clear(page, input);
      await expect(input, 'the cleared field stays empty').toHaveValue('');
      await page.keyboard.type('0.45');
      await expect(input).toHaveValue('0.45');
      await page.keyboard.press('Tab');
      await expect(input).toHaveValue('0.45');
      expect(await applied(f, fig)).toBe(0.45);
      await expect
        .poll(() => readNumber(readout(fig, f.readout.metric, { cls: f.readout.cls })))
        .not.toBe(before);

      await clear(page, input);
      await page.keyboard.type('0.5');
      await page.keyboard.press('Enter');
      await expect(input).toHaveValue('0.5');
      expect(await applied(f, fig)).toBe(0.5);
      await expectNoProblems(problems);
    });

    test('text that is not a number in range is kept, explained, and never applied', async ({ page }) => {
      const { fig, input } = await open(page, f);
      const start = await applied(f, fig);
      for (const [typed, message] of [
        ['abc', /type a number/i],
        ['1.5e9', /from 0 to/i],
        ['0.999', /steps of 0\.01/i],
        ['.', /type a number/i],
      ] as const) {
        await clear(page, input);
        await page.keyboard.type(typed);
        await page.keyboard.press('Enter');
        await expect(input).toHaveValue(typed);
        await expect(input).toHaveAttribute('aria-invalid', 'true');
        await expect(input).toHaveAccessibleDescription(message);
        expect(await applied(f, fig)).toBe(start);
      }
      // Escape gives the current value back.
      await input.click();
      await page.keyboard.press('Escape');
      await expect(input).not.toHaveAttribute('aria-invalid', 'true');
      expect(await applied(f, fig)).toBe(start);
    });

    test('typing ".3" over a selection, then the arrow keys, step from what was typed', async ({ page }) => {
      const { fig, input } = await open(page, f);
      await input.click({ clickCount: 3 });
      await page.keyboard.type('.3');
      await page.keyboard.press('ArrowUp');
      await expect(input).toHaveValue('0.31');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(input).toHaveValue('0.29');
      expect(await applied(f, fig)).toBe(0.29);
    });
  });
}
