/**
 * The image-quality hero (issue 14): "Blurry or noisy?" opens on the matched
 * pair (both PSNRs equal, on the first screen, no interaction), blurred and
 * noisy sit side by side on a phone, a shared link with a vote shows the
 * numbers, and the loupe moves by keyboard and pointer.
 */
import { test, expect, expectNoProblems, pressOn, readout, insideViewport } from './fixtures';
import { fig, num, openSection } from './image-quality-helpers';

test.beforeEach(() => {
  // Photo-sized work runs in the worker; on a shared 2-core machine it can be slow.
  test.slow();
});

/** True when the element's box lies entirely inside the viewport. */
for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`at ${width}x${height} the figure opens on the matched pair, photos and PSNRs on the first screen`, async ({
    page,
    problems,
  }) => {
    await page.setViewportSize({ width, height });
    await openSection(page);
    const f = fig(page, 'blur-noise');
    const pb = readout(f, 'psnr', { subject: 'blurred' });
    const pn = readout(f, 'psnr', { subject: 'noisy' });
    const b = await num(pb);
    const n = await num(pn);
    expect(Number.isFinite(b) && Number.isFinite(n)).toBe(true);
    expect(b).toBeLessThan(40);
    expect(Math.abs(b - n)).toBeLessThanOrEqual(0.01);
    await expect(f.getByRole('slider', { name: 'Noise σ' })).toHaveAttribute('aria-valuetext', /^12\.412 /);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const kind of ['blurred', 'noisy']) {
      const pic = f.locator(`canvas[data-picture="${kind}"]`);
      expect((await pic.boundingBox())!.height).toBeGreaterThanOrEqual(100);
      expect(await insideViewport(page, pic), `${kind} photo inside the first screen`).toBe(true);
      expect(
        await insideViewport(page, readout(f, 'psnr', { subject: kind })),
        `${kind} PSNR inside the first screen`,
      ).toBe(true);
    }
    await expectNoProblems(problems);
  });
}

test('on a phone the blurred and noisy copies sit side by side', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openSection(page);
  const f = fig(page, 'blur-noise');
  const a = (await f.locator('canvas[data-picture="blurred"]').boundingBox())!;
  const b = (await f.locator('canvas[data-picture="noisy"]').boundingBox())!;
  expect(Math.abs(a.y - b.y)).toBeLessThan(2);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x);
  expect(b.x + b.width).toBeLessThanOrEqual(360);
  expect(a.height).toBeGreaterThanOrEqual(100);
});

test('a shared link with a vote opens with the numbers shown, and the same numbers', async ({
  page,
  context,
  problems,
}) => {
  await openSection(page);
  const f = fig(page, 'blur-noise');
  await expect(f.locator('.iq-covered')).toHaveCount(2);
  await f.getByRole('radio', { name: 'The noisy copy' }).check();
  await expect(f.locator('.iq-covered')).toHaveCount(0);
  const ssimB = await num(readout(f, 'ssim.mssim', { subject: 'blurred' }));
  const ssimN = await num(readout(f, 'ssim.mssim', { subject: 'noisy' }));
  await f.getByRole('button', { name: 'Copy link' }).click();
  const link = await f.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/image-quality?s=1.');

  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const f2 = fig(other, 'blur-noise');
  await expect(f2.getByRole('radio', { name: 'The noisy copy' })).toBeChecked();
  await expect(f2.locator('.iq-covered')).toHaveCount(0);
  await expect(f2.getByText(/You chose: the noisy copy\./)).toBeVisible();
  const s2 = readout(f2, 'ssim.mssim', { subject: 'noisy' });
  await expect(s2).toBeVisible();
  await expect.poll(async () => num(s2), { timeout: 30_000 }).toBeCloseTo(ssimN, 9);
  expect(await num(readout(f2, 'ssim.mssim', { subject: 'blurred' }))).toBeCloseTo(ssimB, 9);
  await other.close();

  // Reset covers the numbers again and clears the vote.
  await f.getByRole('button', { name: 'Reset' }).click();
  await expect(f.locator('.iq-covered')).toHaveCount(2);
  await expect(f.getByRole('radio', { name: 'The noisy copy' })).not.toBeChecked();
  await expectNoProblems(problems);
});

test('the loupe moves by keyboard and pointer and crops the same region of all three photos', async ({
  page,
  problems,
}) => {
  await openSection(page);
  const f = fig(page, 'blur-noise');
  const loupe = f.locator('.ba-loupe');
  const origin = async () => (await loupe.getAttribute('data-crop-origin'))!.split(',').map(Number);
  const [x0, y0] = await origin();
  const square = f.getByRole('button', { name: 'Loupe square' });
  await expect(square).toHaveAttribute('aria-roledescription', 'draggable');
  await pressOn(square, 'ArrowRight', 3);
  await pressOn(square, 'Shift+ArrowDown');
  await expect(loupe).toHaveAttribute('data-crop-origin', `${x0! + 3},${y0! + 10}`);
  for (const name of ['Original', 'Blurred copy', 'Noisy copy']) {
    await expect(
      f.getByRole('img', { name: `${name}, enlarged: the 32 × 32 pixels from (${x0! + 3}, ${y0! + 10})` }),
    ).toBeVisible();
  }
  // The crops are drawn: the noisy crop differs from the blurred one.
  const pixels = (id: string) =>
    f
      .locator(`[data-crop="${id}"] canvas`)
      .evaluate((c: HTMLCanvasElement) =>
        Array.from(c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data.slice(0, 400)),
      );
  await expect.poll(async () => (await pixels('noisy')).some((v) => v > 0), { timeout: 20_000 }).toBe(true);
  expect(await pixels('noisy')).not.toEqual(await pixels('blurred'));

  // A press on the overview centres the square there; a drag moves it further.
  const overview = f.locator('.ba-loupe__stage');
  const box = (await overview.boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.1, box.y + box.height * 0.9);
  const [x1, y1] = await origin();
  expect(x1).toBeLessThan(60);
  expect(y1).toBeGreaterThan(400);
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.3, { steps: 5 });
  await page.mouse.up();
  const [x2, y2] = await origin();
  expect(x2).toBeGreaterThan(300);
  expect(y2).toBeLessThan(200);
  await expectNoProblems(problems);
});
