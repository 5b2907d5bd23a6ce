/**
 * The Lab's image-pair panel (issue 19): a copied link restores the panel's
 * settings (never its images), so the same example scored in the new tab
 * gives the same PSNR and SSIM as in the first.
 */
import type { Locator } from '@playwright/test';
import { test, expect, expectNoProblems, readout, widgetFigure } from './fixtures';

/** Types a value into a number field (by its accessible name) and commits it with Enter. */
async function setNumber(f: Locator, name: string, value: number): Promise<void> {
  const field = f.getByRole('spinbutton', { name, exact: true });
  await field.fill(String(value));
  await field.press('Enter');
  await expect(field).toHaveAttribute('aria-valuenow', String(value));
}

/** The readout's data-value once it is not busy. */
async function settled(loc: Locator): Promise<string> {
  await expect(loc).toHaveAttribute('data-value', /.+/);
  await expect(loc).not.toHaveAttribute('aria-busy', 'true');
  return (await loc.getAttribute('data-value')) ?? '';
}

test('a copied link restores the image-pair settings; the example then scores the same', async ({
  page,
  context,
  problems,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('#/lab');
  const f = widgetFigure(page, 'lab.image-pair');
  await f.getByRole('button', { name: 'Load an example' }).click();
  const defaults = { p: await settled(readout(f, 'psnr')), s: await settled(readout(f, 'ssim.mssim')) };

  await setNumber(f, 'Data range', 200);
  await f.getByRole('radio', { name: 'Uniform (box)' }).check();
  await setNumber(f, 'Window size', 11);
  await setNumber(f, 'K1', 0.05);
  await f.getByRole('checkbox', { name: /^Sample covariance/ }).uncheck();
  await expect.poll(() => settled(readout(f, 'psnr'))).not.toBe(defaults.p);
  await expect.poll(() => settled(readout(f, 'ssim.mssim'))).not.toBe(defaults.s);
  const psnr = await settled(readout(f, 'psnr'));
  const mssim = await settled(readout(f, 'ssim.mssim'));

  await f.getByRole('button', { name: 'Copy link' }).click();
  const link = await f.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/lab?s=');
  expect(link).not.toContain('example');

  const other = await context.newPage();
  await other.goto(link);
  const g = widgetFigure(other, 'lab.image-pair');
  await expect(g.getByRole('spinbutton', { name: 'Data range', exact: true })).toHaveAttribute(
    'aria-valuenow',
    '200',
  );
  await expect(g.getByRole('spinbutton', { name: 'Window size', exact: true })).toHaveAttribute(
    'aria-valuenow',
    '11',
  );
  await expect(g.getByRole('spinbutton', { name: 'K1', exact: true })).toHaveAttribute(
    'aria-valuenow',
    '0.05',
  );
  await expect(g.getByRole('radio', { name: 'Uniform (box)' })).toBeChecked();
  await expect(g.getByRole('checkbox', { name: /^Sample covariance/ })).not.toBeChecked();
  // the link holds settings, never files: nothing is scored until the reader loads images
  await expect(readout(g, 'psnr')).not.toHaveAttribute('data-value', /\d/);
  await g.getByRole('button', { name: 'Load an example' }).click();
  expect(await settled(readout(g, 'psnr'))).toBe(psnr);
  expect(await settled(readout(g, 'ssim.mssim'))).toBe(mssim);
  await expectNoProblems(problems);
});
