import { test, expect, expectNoProblems, expectValue, readout, pressOn, readValue } from './fixtures';
import { boxOf, figure, iou, openDetection } from './detection-helpers';

test.describe('share links of the detection section', () => {
  test('"Copy link" gives a link that restores the same boxes and the same IoU in a new page', async ({
    page,
    context,
    problems,
  }) => {
    await openDetection(page);
    const fig = figure(page, 'detection.iou');
    const pred = fig.getByRole('button', { name: /^predicted box/ });
    const gt = fig.getByRole('button', { name: /^ground-truth box/ });
    await pressOn(pred, 'ArrowRight', 5);
    await pressOn(pred, 'ArrowDown', 3);
    await pressOn(gt, 'ArrowLeft', 2);
    const predBox = await boxOf(pred);
    const gtBox = await boxOf(gt);
    expect(predBox).toEqual([150, 358, 76, 76]);
    await expectValue(readout(fig, 'box_iou'), iou(gtBox, predBox));
    const value = await readValue(readout(fig, 'box_iou'));

    await fig.getByRole('button', { name: /copy/i }).click();
    const field = fig.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue(/#\/detection\?s=1\./);
    const url = await field.inputValue();

    const other = await context.newPage();
    await other.goto(url);
    const fig2 = figure(other, 'detection.iou');
    await fig2.waitFor();
    expect(await boxOf(fig2.getByRole('button', { name: /^predicted box/ }))).toEqual(predBox);
    expect(await boxOf(fig2.getByRole('button', { name: /^ground-truth box/ }))).toEqual(gtBox);
    await expectValue(readout(fig2, 'box_iou'), Number(value));
    await expectNoProblems(problems);
  });

  for (const query of ['?s=1.garbage', '?s=9.xyz']) {
    test(`a bad link (${query}) shows a status notice and the defaults`, async ({ page }) => {
      await openDetection(page, query);
      await expect(page.getByRole('status').filter({ hasText: /link/i }).first()).toBeVisible();
      const fig = figure(page, 'detection.iou');
      expect(await boxOf(fig.getByRole('button', { name: /^predicted box/ }))).toEqual([145, 355, 76, 76]);
      expect(await boxOf(fig.getByRole('button', { name: /^ground-truth box/ }))).toEqual([133, 347, 76, 76]);
      await expectValue(readout(fig, 'box_iou'), 4352 / 7200);
    });
  }
});
