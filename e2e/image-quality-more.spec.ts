/**
 * The image-quality section (#/image-quality), widgets 4-5 and the page as a
 * whole: the reader's own images (file picker and drop, refused files),
 * LPIPS on editable features and the filter-bank table, share links (round
 * trip with the noise seed, a damaged link, own images never shared), axe
 * and the 360 px phone.
 */
import AxeBuilder from '@axe-core/playwright';
import { deflateSync } from 'fflate';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  expectNoProblems,
  expectValue,
  horizontalOverflow,
  pressOn,
  readout,
} from './fixtures';
import { changedFrom, fig, num, openSection } from './image-quality-helpers';

test.beforeEach(async ({ page }) => {
  // Photo-sized work runs in the worker; on a shared 2-core machine it can be slow, so allow 3x the time.
  test.slow();
  await openSection(page);
});

const fileInput = (page: Page) => fig(page, 'own').getByLabel('Choose images');

test('own images: one chosen image is degraded, two are compared; the resize rule is stated', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'own');
  await expect(f.getByText(/Resize rule: the first image is scaled down/)).toBeVisible();
  const psnr = readout(f, 'psnr', { subject: 'own' });
  const builtIn = await num(psnr);
  await fileInput(page).setInputFiles('public/images/coffee.png');
  await expect(f.getByText('Comparing coffee.png at 512 × 341 pixels.')).toBeVisible();
  const coffee = await changedFrom(psnr, builtIn);
  expect(coffee).toBeGreaterThan(20);

  const level = f.getByRole('slider', { name: 'Blur σ' });
  await pressOn(level, 'ArrowRight', 10);
  await expect(level).toHaveValue('2.5');
  const blurred = await changedFrom(psnr, coffee);
  expect(blurred).toBeLessThan(coffee);

  await fileInput(page).setInputFiles(['public/images/astronaut.png', 'public/images/coffee.png']);
  await expect(f.getByText('Comparing astronaut.png and coffee.png at 512 × 512 pixels.')).toBeVisible();
  const different = await changedFrom(psnr, blurred);
  expect(different).toBeLessThan(15);
  expect(await num(readout(f, 'ssim.mssim', { subject: 'own' }))).toBeLessThan(0.5);
  await expect(f.getByRole('slider', { name: 'Blur σ' })).toHaveCount(0);

  await f.getByRole('button', { name: 'Back to the built-in photo' }).click();
  await expect(f.getByText(/uses the built-in astronaut photo/)).toBeVisible();
  // the built-in photo, still blurred with the chosen σ 2.5 (more than the default 1.5)
  const back = await changedFrom(psnr, different);
  expect(back).toBeLessThan(builtIn);
  await f.getByRole('button', { name: 'Reset' }).click();
  await expectValue(psnr, builtIn, 1e-9);
  await expectNoProblems(problems);
});

test('own images: a non-image, an empty file or three files get a message and change nothing', async ({
  page,
}) => {
  const f = fig(page, 'own');
  const psnr = readout(f, 'psnr', { subject: 'own' });
  await fileInput(page).setInputFiles('public/images/coffee.png');
  await expect(f.getByText(/Comparing coffee\.png/)).toBeVisible();
  await expect.poll(async () => num(psnr)).not.toBe(26.733666760294557);
  const before = await num(psnr);

  await fileInput(page).setInputFiles({
    name: 'notes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('hello'),
  });
  await expect(f.getByRole('alert')).toHaveText(/“notes\.txt” is not an image .* Nothing was changed\./);
  await expect(f.getByText(/Comparing coffee\.png/)).toBeVisible();
  await expectValue(psnr, before, 0);

  await fileInput(page).setInputFiles({ name: 'empty.png', mimeType: 'image/png', buffer: Buffer.alloc(0) });
  await expect(f.getByRole('alert')).toHaveText(/“empty\.png” is empty/);
  await fileInput(page).setInputFiles([
    'public/images/coffee.png',
    'public/images/coffee.png',
    'public/images/astronaut.png',
  ]);
  await expect(f.getByRole('alert')).toHaveText(/one or two images/);
  // a PNG whose header claims 9000 x 10 pixels is refused before decoding
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(
    header,
  );
  header.writeUInt32BE(9000, 16);
  header.writeUInt32BE(10, 20);
  await fileInput(page).setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: header });
  await expect(f.getByRole('alert')).toHaveText(/9000 × 10 pixels; the limit is 8,000/);
  await expectValue(psnr, before, 0);
});

test('own images: a dropped file is read like a chosen one, and a dropped non-image is refused', async ({
  page,
}) => {
  const f = fig(page, 'own');
  const zone = f.locator('[data-dropzone="own-images"]');
  const psnr = readout(f, 'psnr', { subject: 'own' });
  const before = await num(psnr);
  const bad = await page.evaluateHandle(() => {
    const d = new DataTransfer();
    d.items.add(new File(['just text'], 'readme.md', { type: 'text/markdown' }));
    return d;
  });
  await zone.dispatchEvent('drop', { dataTransfer: bad });
  await expect(f.getByRole('alert')).toHaveText(/“readme\.md” is not an image/);
  await expectValue(psnr, before, 0);
  const good = await page.evaluateHandle(async () => {
    const bytes = await (await fetch('images/coffee.png')).arrayBuffer();
    const d = new DataTransfer();
    d.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
    return d;
  });
  await zone.dispatchEvent('drop', { dataTransfer: good });
  await expect(f.getByText(/Comparing dropped\.png/)).toBeVisible();
  await expect(f.getByRole('alert')).toHaveText('');
  await changedFrom(psnr, before);
});

test('a share link never carries the reader’s images: it restores the built-in photo with a notice', async ({
  page,
  context,
}) => {
  const f = fig(page, 'own');
  await fileInput(page).setInputFiles('public/images/coffee.png');
  await expect(f.getByText(/Comparing coffee\.png/)).toBeVisible();
  await f.getByRole('combobox', { name: 'Degradation of a single image' }).selectOption('noise');
  await f.getByRole('button', { name: 'Copy link' }).click();
  const link = await f.getByRole('textbox', { name: 'Share link' }).inputValue();
  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  await expect(
    other
      .getByRole('status')
      .filter({ hasText: /their own images/ })
      .first(),
  ).toBeVisible();
  const f2 = fig(other, 'own');
  await expect(f2.getByText(/uses the built-in astronaut photo/)).toBeVisible();
  await expect(f2.getByRole('combobox', { name: 'Degradation of a single image' })).toHaveValue('noise');
  await other.close();
});

test('LPIPS on editable features: distorted copies of one reference and an edited feature change the distance; the stand-in is labelled not LPIPS', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'lpips');
  const d = readout(f, 'lpips_features');
  const blurred = await num(d);
  await f.getByRole('button', { name: 'Noisy copy' }).click();
  const noisy = await changedFrom(d, blurred);
  await f.getByRole('button', { name: 'Copy moved by one feature cell' }).click();
  const moved = await changedFrom(d, noisy);
  // Features are compared position by position: the moved copy is far from its reference.
  expect(moved).toBeGreaterThan(Math.max(blurred, noisy) * 5);
  // A number field applies what was typed on commit (Enter or leaving it).
  await f.getByRole('spinbutton', { name: 'Distorted copy, edges, top left' }).fill('1.2');
  await f.getByRole('spinbutton', { name: 'Distorted copy, edges, top left' }).press('Enter');
  expect(await changedFrom(d, moved)).toBeLessThan(moved);
  await f.getByRole('spinbutton', { name: 'Weight of edges' }).fill('0');
  await f.getByRole('spinbutton', { name: 'Weight of edges' }).press('Enter');
  await expect(f.getByRole('button', { name: 'Copy moved by one feature cell' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  const bank = fig(page, 'filter-bank');
  await expect(bank.getByRole('columnheader', { name: 'Filter-bank distance (not LPIPS)' })).toBeVisible();
  const fd = (s: string) => readout(bank, 'feature_distance_demo', { subject: s });
  expect(await num(fd('brightness'))).toBeLessThan(await num(fd('blurred')));
  expect(await num(fd('translation'))).toBeLessThan(await num(fd('noisy')));
  // equal PSNR for blurred and noisy in this table too
  const pb = await num(readout(bank, 'psnr', { subject: 'blurred' }));
  expect(Math.abs(pb - (await num(readout(bank, 'psnr', { subject: 'noisy' }))))).toBeLessThan(0.1);
  // nothing but the lpips_features readout carries the LPIPS name without "not"
  const named = await page
    .locator('[data-metric]')
    .evaluateAll((es) =>
      es
        .filter((e) => /LPIPS/.test(e.textContent ?? '') && !/not LPIPS/.test(e.textContent ?? ''))
        .map((e) => e.getAttribute('data-metric')),
    );
  expect([...new Set(named)]).toEqual(['lpips_features']);
  await bank.getByRole('combobox', { name: 'Photo' }).selectOption('coffee');
  await changedFrom(readout(bank, 'psnr', { subject: 'blurred' }), pb);
  await expectNoProblems(problems);
});

test('a copied link restores every figure, the noise seed included', async ({ page, context, problems }) => {
  const bn = fig(page, 'blur-noise');
  await pressOn(bn.getByRole('slider', { name: 'Blur σ' }), 'ArrowRight', 3);
  await pressOn(bn.getByRole('slider', { name: 'Noise σ' }), 'Home');
  await pressOn(bn.getByRole('slider', { name: 'Noise σ' }), 'ArrowRight', 16);
  await bn.getByRole('button', { name: 'New noise pattern' }).click();
  const seed = await bn.locator('[data-seed]').getAttribute('data-seed');
  expect(seed).not.toBe('1');
  const noisy = readout(bn, 'psnr', { subject: 'noisy' });
  await expect.poll(async () => num(noisy)).toBeLessThan(40);
  const noisyPsnr = await num(noisy);
  const fool = fig(page, 'fool');
  await pressOn(fool.getByRole('slider', { name: 'Brightness shift (levels)' }), 'ArrowRight', 5);
  const insp = fig(page, 'inspector');
  await pressOn(insp.getByRole('button', { name: 'Inspected pixel' }), 'Shift+ArrowDown', 2);
  await expect(insp.locator('[data-pixel="250,200"]')).toBeVisible();
  const lpips = fig(page, 'lpips');
  await lpips.getByRole('button', { name: 'Noisy copy' }).click();

  await bn.getByRole('button', { name: 'Copy link' }).click();
  const link = await bn.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toContain('#/image-quality?s=1.');
  expect(link).toContain('w=image-quality.blur-noise');

  const other = await context.newPage();
  await other.goto(link);
  await other.locator('main h1').first().waitFor();
  const bn2 = fig(other, 'blur-noise');
  await expect(bn2.getByRole('slider', { name: 'Blur σ' })).toHaveValue('1.8');
  await expect(bn2.getByRole('slider', { name: 'Noise σ' })).toHaveValue('8');
  await expect(bn2.locator(`[data-seed="${seed}"]`)).toBeVisible();
  // the restored copy is computed afresh in the new page's worker: allow for a busy machine
  await expect(readout(bn2, 'psnr', { subject: 'noisy' })).toHaveAttribute('data-value', /\d/, {
    timeout: 30_000,
  });
  await expectValue(readout(bn2, 'psnr', { subject: 'noisy' }), noisyPsnr, 1e-9);
  await expect(fig(other, 'fool').getByRole('slider', { name: 'Brightness shift (levels)' })).toHaveValue(
    '15',
  );
  await expect(fig(other, 'inspector').locator('[data-pixel="250,200"]')).toBeVisible();
  await expect(fig(other, 'lpips').getByRole('button', { name: 'Noisy copy' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await other.close();
  await expectNoProblems(problems);
});

test('a link with a value off the slider grid resets only that figure, with a notice', async ({ page }) => {
  const json = JSON.stringify({
    'image-quality.blur-noise': { photo: 'astronaut', blur: 1.55, noise: 0, seed: 1 },
    'image-quality.fool': {
      photo: 'astronaut',
      brightness: 20,
      contrast: 0.8,
      shift: 2,
      quality: 20,
      eye: ['brightness', 'contrast', 'translation', 'jpeg'],
    },
  });
  const payload = Buffer.from(deflateSync(new TextEncoder().encode(json))).toString('base64url');
  // a fresh load of the link, as a reader opening it would (a reload could race the
  // address-bar rewrite that drops the refused part)
  await page.goto('about:blank');
  await page.goto(`./#/image-quality?s=1.${payload}`);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Blurry or noisy\?/ })
      .first(),
  ).toBeVisible();
  await expect(fig(page, 'blur-noise').getByRole('slider', { name: 'Blur σ' })).toHaveValue('1.5');
  await expect(fig(page, 'fool').getByRole('slider', { name: 'Brightness shift (levels)' })).toHaveValue(
    '20',
  );

  // plain garbage: a notice, and every figure at its defaults
  // a fresh load of the link, as a reader opening it would (a reload could race the
  // address-bar rewrite that drops the refused part)
  await page.goto('about:blank');
  await page.goto('./#/image-quality?s=1.not-a-real-payload');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /damaged or incomplete/ })
      .first(),
  ).toBeVisible();
  await expect(fig(page, 'fool').getByRole('slider', { name: 'Brightness shift (levels)' })).toHaveValue(
    '10',
  );
  await expect(fig(page, 'blur-noise').getByRole('slider', { name: 'Noise σ' })).toHaveAttribute(
    'aria-valuetext',
    /^12\.412 /,
  );
});

test('the self-check marks answers', async ({ page }) => {
  await expect(page.locator('[data-correct]')).toHaveCount(0);
  await page.getByRole('radio', { name: /SSIM also prefers the blurred copy/ }).check();
  await expect(page.locator('[data-correct="true"]')).toHaveCount(1);
});

test('an axe scan of #/image-quality finds no serious or critical violation in either theme', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openSection(page);
    await page
      .locator('[data-metric="feature_distance_demo"][data-value]')
      .first()
      .waitFor({ timeout: 30_000 });
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad, scheme).toEqual([]);
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  test('the section does not scroll sideways, passes axe, and a tap on the SSIM map picks a pixel', async ({
    page,
  }) => {
    await page.locator('[data-metric="ssim.luminance"][data-value]').first().waitFor({ timeout: 30_000 });
    // every figure has its numbers (the last one, the filter-bank table, once made the page too wide)
    await page
      .locator('[data-metric="feature_distance_demo"][data-value]')
      .first()
      .waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    // measured against the 360 px viewport: a mobile browser widens window.innerWidth to fit wide content
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(bad).toEqual([]);
    const f = fig(page, 'inspector');
    const map = f.locator('canvas[data-picture="ssim-map"]');
    await map.scrollIntoViewIfNeeded();
    const box = (await map.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width * 0.25, box.y + box.height * 0.75);
    await expect(f.locator('[data-pixel]')).not.toHaveAttribute('data-pixel', '250,180');
    const [x, y] = (await f.locator('[data-pixel]').getAttribute('data-pixel'))!.split(',').map(Number);
    expect(Math.abs(x! - 128)).toBeLessThan(10);
    expect(Math.abs(y! - 384)).toBeLessThan(10);
  });
});
