/**
 * The image-quality section (#/image-quality), widgets 1-3: blurry against
 * noisy (with Match PSNR and the vote), more ways to fool PSNR, and the SSIM
 * inspector. Widgets are operated like a person would (keyboard on sliders,
 * clicks, arrow keys on the map) and numbers are read from data-value.
 */
import { test, expect, expectNoProblems, expectValue, pressOn, readout } from './fixtures';
import { changedFrom, fig, num, openSection } from './image-quality-helpers';

test.beforeEach(async ({ page }) => {
  // Photo-sized work runs in the worker; on a shared 2-core machine it can be slow, so allow 3x the time.
  test.slow();
  await openSection(page);
});

test('blur 0 and noise 0 give PSNR inf and SSIM 1; more blur gives less PSNR', async ({ page, problems }) => {
  const f = fig(page, 'blur-noise');
  const blur = f.getByRole('slider', { name: 'Blur σ' });
  await expect(blur).toHaveValue('1.5');
  // The figure opens on the matched pair; noise 0 is one key away.
  const noise = f.getByRole('slider', { name: 'Noise σ' });
  await pressOn(noise, 'Home');
  await expect(noise).toHaveValue('0');
  await expect(readout(f, 'psnr', { subject: 'noisy' })).toHaveAttribute('data-value', 'inf');
  await expectValue(readout(f, 'ssim.mssim', { subject: 'noisy' }), 1, 1e-12);
  const at15 = await num(readout(f, 'psnr', { subject: 'blurred' }));
  expect(at15).toBeGreaterThan(20);
  expect(at15).toBeLessThan(35);

  await pressOn(blur, 'Home');
  await expect(blur).toHaveValue('0');
  await expect(readout(f, 'psnr', { subject: 'blurred' })).toHaveAttribute('data-value', 'inf');
  await expectValue(readout(f, 'ssim.mssim', { subject: 'blurred' }), 1, 1e-12);
  await expectValue(readout(f, 'mse', { subject: 'blurred' }), 0, 0);

  await pressOn(blur, 'ArrowRight', 20);
  await expect(blur).toHaveValue('2');
  const at2 = await num(readout(f, 'psnr', { subject: 'blurred' }));
  expect(at2).toBeLessThan(at15);
  await pressOn(blur, 'ArrowRight', 10);
  await expect.poll(async () => num(readout(f, 'psnr', { subject: 'blurred' }))).toBeLessThan(at2);

  await pressOn(noise, 'ArrowRight', 10);
  await expect(noise).toHaveValue('5');
  await expect.poll(async () => num(readout(f, 'psnr', { subject: 'noisy' }))).toBeLessThan(40);
  await expectNoProblems(problems);
});

test('Match PSNR gives equal PSNR (within 0.1 dB) and clearly different SSIM; the vote uncovers the numbers', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'blur-noise');
  const covered = f.locator('.iq-covered');
  await expect(covered).toHaveCount(2);
  // the numbers exist while covered
  await expect(readout(f, 'ssim.mssim', { subject: 'blurred' })).toHaveAttribute('data-value', /\d/);
  // leave the matched default: no noise, then let the worker match again
  await pressOn(f.getByRole('slider', { name: 'Noise σ' }), 'Home');
  await expect(readout(f, 'psnr', { subject: 'noisy' })).toHaveAttribute('data-value', 'inf');

  await f.getByRole('button', { name: 'Match PSNR' }).click();
  await expect(f.getByRole('status').filter({ hasText: /Noise σ set to/ })).toBeVisible({ timeout: 20_000 });
  const noisyPsnr = readout(f, 'psnr', { subject: 'noisy' });
  await expect.poll(async () => num(noisyPsnr), { timeout: 20_000 }).toBeLessThan(40);
  const pb = await num(readout(f, 'psnr', { subject: 'blurred' }));
  const pn = await num(noisyPsnr);
  expect(Math.abs(pb - pn)).toBeLessThanOrEqual(0.1);
  const sb = await num(readout(f, 'ssim.mssim', { subject: 'blurred' }));
  const sn = await num(readout(f, 'ssim.mssim', { subject: 'noisy' }));
  expect(Math.abs(sb - sn)).toBeGreaterThanOrEqual(0.05);
  expect(sb).toBeGreaterThan(sn);
  const noiseValue = Number(
    await f
      .getByRole('slider', { name: 'Noise σ' })
      .getAttribute('aria-valuetext')
      .then((t) => t?.split(' ')[0]),
  );
  expect(noiseValue).toBeGreaterThan(5);

  await f.getByRole('radio', { name: 'The noisy copy' }).check();
  await expect(covered).toHaveCount(0);
  await expect(f.getByText(/PSNR prefers a tie\. SSIM prefers the blurred copy\./)).toBeVisible();
  await expectNoProblems(problems);
});

test('a new noise pattern changes the noisy copy; Reveal uncovers without a vote; Reset restores all', async ({
  page,
}) => {
  const f = fig(page, 'blur-noise');
  const noise = f.getByRole('slider', { name: 'Noise σ' });
  await pressOn(noise, 'ArrowRight', 20);
  const psnr = readout(f, 'psnr', { subject: 'noisy' });
  await expect.poll(async () => num(psnr)).toBeLessThan(40);
  const before = await num(psnr);
  await expect(f.locator('[data-seed="1"]')).toBeVisible();
  await f.getByRole('button', { name: 'New noise pattern' }).click();
  await expect(f.locator('[data-seed="1"]')).toHaveCount(0);
  await changedFrom(psnr, before);
  await f.getByRole('button', { name: 'Reveal the numbers' }).click();
  await expect(f.locator('.iq-covered')).toHaveCount(0);
  await f.getByRole('button', { name: 'Reset' }).click();
  // back to the matched pair: noise 12.412, seed 1, both PSNRs equal, numbers covered
  await expect(noise).toHaveAttribute('aria-valuetext', /^12\.412 /);
  await expect(f.locator('[data-seed="1"]')).toBeVisible();
  const blurredPsnr = await num(readout(f, 'psnr', { subject: 'blurred' }));
  await expect
    .poll(async () => Math.abs((await num(psnr)) - blurredPsnr), { timeout: 20_000 })
    .toBeLessThanOrEqual(0.01);
  await expect(f.locator('.iq-covered')).toHaveCount(2);
});

test('more ways to fool PSNR: +10 brightness keeps SSIM above 0.8 with PSNR below 30 dB; a 2 px move drops PSNR below 30 dB', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'fool');
  const bright = f.getByRole('slider', { name: 'Brightness shift (levels)' });
  await expect(bright).toHaveValue('10');
  expect(await num(readout(f, 'ssim.mssim', { subject: 'brightness' }))).toBeGreaterThan(0.8);
  const bPsnr = await num(readout(f, 'psnr', { subject: 'brightness' }));
  expect(bPsnr).toBeLessThan(30);
  await pressOn(bright, 'ArrowLeft', 5);
  await expect(bright).toHaveValue('5');
  expect(await changedFrom(readout(f, 'psnr', { subject: 'brightness' }), bPsnr)).toBeGreaterThan(bPsnr);

  const shift = f.getByRole('slider', { name: 'Translation (px to the right)' });
  await pressOn(shift, 'Home');
  await expect(shift).toHaveValue('1');
  const one = await changedFrom(readout(f, 'psnr', { subject: 'translation' }), 20.125884456090503);
  await pressOn(shift, 'ArrowRight');
  await expect(shift).toHaveValue('2');
  const two = await changedFrom(readout(f, 'psnr', { subject: 'translation' }), one);
  expect(two).toBeLessThan(30);
  expect(two).toBeLessThan(one);
  await expect(f.getByText(/Scored on the 510 columns/)).toBeVisible();

  const quality = f.getByRole('slider', { name: 'JPEG quality' });
  const q20 = await num(readout(f, 'psnr', { subject: 'jpeg' }));
  await pressOn(quality, 'ArrowRight', 60);
  await expect(quality).toHaveValue('80');
  expect(await changedFrom(readout(f, 'psnr', { subject: 'jpeg' }), q20)).toBeGreaterThan(q20);

  const contrast = f.getByRole('slider', { name: 'Contrast factor' });
  const c08 = await num(readout(f, 'ssim.mssim', { subject: 'contrast' }));
  await pressOn(contrast, 'ArrowRight', 4);
  await expect(contrast).toHaveValue('1');
  await expectValue(readout(f, 'ssim.mssim', { subject: 'contrast' }), 1, 1e-12);
  expect(c08).toBeLessThan(1);
  await expectNoProblems(problems);
});

test('the ranking table ranks by PSNR and SSIM and lets the reader reorder by eye', async ({ page }) => {
  const f = fig(page, 'fool');
  const table = f.locator('table[data-table="ranking"]');
  await expect(table.locator('[data-rank="psnr"]').first()).not.toHaveText('…');
  const psnrRanks = await table
    .locator('tbody tr')
    .evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [r.getAttribute('data-variant'), r.querySelector('[data-rank="psnr"]')?.textContent]),
      ),
    );
  // at the defaults the moved copy has the lowest PSNR of the four
  expect(psnrRanks.translation).toBe('4');
  const first = () => table.locator('tbody tr').first();
  await expect(first()).toHaveAttribute('data-variant', 'brightness');
  await f.getByRole('button', { name: 'Move “JPEG” up in your ranking' }).click();
  await f.getByRole('button', { name: 'Move “JPEG” up in your ranking' }).click();
  await f.getByRole('button', { name: 'Move “JPEG” up in your ranking' }).click();
  await expect(first()).toHaveAttribute('data-variant', 'jpeg');
  await expect(f.getByText(/Your ranking agrees with PSNR on \d of 4 places/)).toBeVisible();
});

test('the SSIM inspector shows different terms for two different pixels (keyboard and click)', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'inspector');
  const lum = readout(f, 'ssim.luminance', { subject: 'red' });
  const con = readout(f, 'ssim.contrast', { subject: 'green' });
  const str = readout(f, 'ssim.structure', { subject: 'blue' });
  const first = [await num(lum), await num(con), await num(str)];
  for (const v of first) {
    expect(v).toBeGreaterThan(-1);
    expect(v).toBeLessThanOrEqual(1);
  }
  const marker = f.getByRole('button', { name: 'Inspected pixel' });
  await marker.focus();
  await marker.press('Shift+ArrowLeft');
  await marker.press('Shift+ArrowLeft');
  await marker.press('ArrowUp');
  await expect(f.locator('[data-pixel="230,179"]')).toBeVisible();
  await changedFrom(str, first[2]!);
  const second = [await num(lum), await num(con), await num(str)];
  expect(second).not.toEqual(first);

  // a click on the map picks the pixel under the pointer
  const map = f.locator('canvas[data-picture="ssim-map"]');
  const box = (await map.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.1);
  await expect(f.locator('[data-pixel="230,179"]')).toHaveCount(0);
  const px = await f.locator('[data-pixel]').getAttribute('data-pixel');
  const [x, y] = px!.split(',').map(Number);
  expect(x).toBeGreaterThan(440);
  expect(y).toBeLessThan(70);

  // the live formula shows the chosen channel; the brighter copy keeps c and s at 1 in a flat, unclipped area
  await f.getByRole('combobox', { name: 'Copy to inspect' }).selectOption('brightness');
  await expect.poll(async () => num(readout(f, 'ssim.mssim'))).toBeGreaterThan(0.8);
  await f.getByRole('radio', { name: 'Green' }).check();
  await expect(f.locator('.ba-formula--live')).toHaveAttribute('aria-label', /SSIM at this pixel/);
  await expectNoProblems(problems);
});
