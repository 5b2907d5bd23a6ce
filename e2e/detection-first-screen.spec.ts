/**
 * The detection section opens on its trap (issue 14): at scroll 0, with no
 * interaction, the IoU playground is the first figure, its photo and its IoU
 * readout lie inside the first screen, and the prediction is a true positive
 * at 0.50 but a false positive at 0.75; both boxes are named in the picture
 * and the union and the intersection are hatch patterns. On a phone the
 * ranked AP table stacks its rows, so every IoU, verdict, precision and recall
 * is visible and nothing is clipped.
 */
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  readout,
  widgetFigure as fig,
  insideViewport,
} from './fixtures';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the first screen shows the IoU trap: 0.604, true positive at 0.50, false positive at 0.75', async ({
      page,
      problems,
    }) => {
      await page.goto('./#/detection');
      const first = page.locator('article.ba-section figure[data-widget]').first();
      await expect(first).toHaveAttribute('data-widget', 'detection.iou');
      const iou = readout(first, 'box_iou');
      await expectValue(iou, 4352 / 7200);
      await expect(first.locator('[data-threshold="0.5"]')).toHaveAttribute('data-verdict', 'tp');
      await expect(first.locator('[data-threshold="0.75"]')).toHaveAttribute('data-verdict', 'fp');
      const photo = first.locator('svg[role="group"]');
      expect((await photo.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(100);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await insideViewport(page, photo), 'photo inside the first screen').toBe(true);
      expect(await insideViewport(page, iou), 'IoU readout inside the first screen').toBe(true);
      await expectNoProblems(problems);
    });
  });
}

test('the IoU photo names both boxes and hatches the union and the intersection', async ({
  page,
  problems,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./#/detection');
  const photo = fig(page, 'detection.iou').locator('svg[role="group"]');
  await expect(photo.locator('[data-chip="gt"]')).toHaveText('ground truth');
  await expect(photo.locator('[data-chip="pred"]')).toHaveText('prediction');
  for (const shade of ['union', 'intersection']) {
    const fill = await photo
      .locator(`[data-shade="${shade}"]`)
      .evaluate((el) => (el.matches('path') ? el : el.querySelector('path'))?.getAttribute('fill') ?? '');
    const id = /^url\(#(.+)\)$/.exec(fill)?.[1];
    expect(id, `${shade} is filled with a pattern`).toBeTruthy();
    await expect(photo.locator(`pattern[id="${id}"]`)).toHaveCount(1);
  }
  // the chip text is at least 16 px on a projector: its font size in photo pixels times the photo's scale
  const fontSize = Number(await photo.locator('[data-chip="gt"] text').getAttribute('font-size'));
  const shown = (await photo.boundingBox())?.width ?? 0;
  expect((fontSize * shown) / 512).toBeGreaterThanOrEqual(16);
  await expectNoProblems(problems);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the ranked AP table stacks: IoU, verdict, precision and recall of every row are visible', async ({
    page,
    problems,
  }) => {
    await page.goto('./#/detection');
    const ap = fig(page, 'detection.ap');
    const rows = ap.locator('tbody tr[data-prediction]');
    await expect(rows).toHaveCount(6);
    await expectValue(readout(rows.first(), 'detection_match.recall'), 0.25);
    const vw = 360;
    for (let i = 0; i < 6; i++) {
      const row = rows.nth(i);
      await row.scrollIntoViewIfNeeded();
      for (const label of ['IoU', 'Verdict', 'Precision', 'Recall']) {
        const cell = row.locator(`[data-label="${label}"]`);
        await expect(cell).toBeVisible();
        const box = await cell.boundingBox();
        expect(box, `${label} of row ${i + 1} has a box`).not.toBeNull();
        expect(box!.x, `${label} of row ${i + 1} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, `${label} of row ${i + 1} ends on screen`).toBeLessThanOrEqual(vw);
        await expect(cell).not.toHaveText('');
      }
      await expect(row.locator('[data-label="Verdict"]')).toHaveText(/^(TP|FP)$/);
    }
    // no table of the section is wider than its box or cut off by a scroll area
    const clipped = await page.evaluate(
      () =>
        [...document.querySelectorAll('article.ba-section table')].filter((t) => {
          if (t.scrollWidth > t.clientWidth + 1) return true;
          const r = t.getBoundingClientRect();
          for (let a = t.parentElement; a && a !== document.body; a = a.parentElement) {
            const cs = getComputedStyle(a);
            if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
            const ar = a.getBoundingClientRect();
            if (r.left < ar.left - 1 || r.right > ar.right + 1) return true;
          }
          return false;
        }).length,
    );
    expect(clipped).toBe(0);
    await expectNoProblems(problems);
  });
});
