/**
 * Reliability review F5c in the browser: a link applies only to its own
 * page's widgets, whatever the tab visited before. A #/segmentation link that
 * carries a detection figure's state, opened after #/detection was visited,
 * drops that state with one notice, and #/detection keeps its defaults.
 */
import { deflateSync } from 'fflate';
import { test, expect, expectNoProblems, readout, expectValue, widgetFigure } from './fixtures';
import { openDetection } from './detection-helpers';

const param = (states: Record<string, unknown>) =>
  `1.${Buffer.from(deflateSync(Buffer.from(JSON.stringify(states), 'utf8'))).toString('base64url')}`;

test.describe('links carrying another page’s figures (F5c)', () => {
  test('a segmentation link drops detection states with one notice, even after detection was visited', async ({
    page,
    problems,
  }) => {
    await openDetection(page);
    const presets = widgetFigure(page, 'detection.presets');
    await expect(presets.getByRole('slider', { name: /growth/i })).toHaveValue('30');
    await expectValue(readout(presets, 'coco_eval.ap', { subject: 'loose' }), 0.2);

    const link = `#/segmentation?s=${param({ 'detection.presets': { growth: 10, show: 'loose' } })}`;
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, link);
    await page.locator('figure[data-widget^="segmentation."]').first().waitFor();
    const notices = page.getByRole('status', { name: 'Notices' });
    await expect(notices.locator('.ba-notice')).toHaveCount(1);
    await expect(notices).toContainText('belongs to another page');
    await expect(notices).toContainText('detection.presets');

    await page.goBack();
    await expect(page).toHaveURL(/#\/detection$/);
    const back = widgetFigure(page, 'detection.presets');
    await expect(back.getByRole('slider', { name: /growth/i })).toHaveValue('30');
    await expectValue(readout(back, 'coco_eval.ap', { subject: 'loose' }), 0.2);
    await expectNoProblems(problems);
  });
});
