/**
 * Review F3 and its list of uploads, in `#/image-quality` ("Your own
 * images"): every kind of file is accepted or refused in plain words, a
 * refusal changes nothing, and a file whose header claims more than 8,000
 * pixels a side (wherever its frame header hides) is refused before the
 * browser decodes it: `createImageBitmap` is counted and must not run.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoProblems, expectValue, readout } from './fixtures';
import { fig, num, openSection } from './image-quality-helpers';
import { bmp, claimJpegSize, gif, padJpeg, png } from './upload-files';

test.beforeEach(async ({ page }) => {
  test.slow();
  await page.addInitScript(() => {
    const w = window as unknown as { __decodes: number; createImageBitmap: typeof createImageBitmap };
    const original = w.createImageBitmap.bind(window);
    w.__decodes = 0;
    w.createImageBitmap = ((source: ImageBitmapSource, ...rest: []) => {
      if (source instanceof Blob) w.__decodes++;
      return original(source, ...rest);
    }) as typeof createImageBitmap;
  });
  await openSection(page);
});

const decodes = (page: Page) => page.evaluate(() => (window as unknown as { __decodes: number }).__decodes);
const fileInput = (page: Page) => fig(page, 'own').getByLabel('Choose images');
const choose = (page: Page, name: string, buffer: Buffer, mimeType = 'application/octet-stream') =>
  fileInput(page).setInputFiles({ name, mimeType, buffer });

/** A real JPEG or WebP of a gradient, encoded by the browser's own canvas encoder. */
async function encoded(page: Page, type: 'image/jpeg' | 'image/webp', w = 64, h = 48): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([type, w, h]) => {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const ctx = canvas.getContext('2d')!;
      const g = ctx.createLinearGradient(0, 0, w, h);
      g.addColorStop(0, '#123456');
      g.addColorStop(1, '#fedcba');
      ctx.fillStyle = g;
      ctx.fillRect(0, 0, w, h);
      const blob = await new Promise<Blob>((r) => canvas.toBlob((b) => r(b!), type, 0.9));
      return [...new Uint8Array(await blob.arrayBuffer())];
    },
    [type, w, h] as const,
  );
  return Buffer.from(bytes);
}

test('JPEGs claiming 12,000-20,000 px behind 130 KB of APP segments are refused without decoding (F3)', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'own');
  const psnr = readout(f, 'psnr', { subject: 'own' });
  const before = await num(psnr);
  const jpeg = await encoded(page, 'image/jpeg');
  for (const side of [12000, 16000, 20000]) {
    const hidden = padJpeg(claimJpegSize(jpeg, side, side), 2);
    expect(hidden.length).toBeGreaterThan(128_000);
    await choose(page, `hidden-${side}.jpg`, hidden, 'image/jpeg');
    await expect(f.getByRole('alert')).toHaveText(
      new RegExp(`hidden-${side}\\.jpg” is ${side} × ${side} pixels; the limit is 8,000`),
    );
  }
  await choose(page, 'early.jpg', claimJpegSize(jpeg, 12000, 12000), 'image/jpeg');
  await expect(f.getByRole('alert')).toHaveText(/early\.jpg” is 12000 × 12000 pixels/);
  expect(await decodes(page), 'createImageBitmap calls').toBe(0);
  await expectValue(psnr, before, 0);
  await expectNoProblems(problems);
});

test('JPEG (also with its frame header behind padding), WebP, GIF, BMP and PNGs of every depth are read', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'own');
  const jpeg = await encoded(page, 'image/jpeg');
  const files: [string, Buffer, string][] = [
    ['photo.jpg', jpeg, '64 × 48'],
    ['padded.jpg', padJpeg(jpeg, 2), '64 × 48'],
    ['photo.webp', await encoded(page, 'image/webp', 40, 30), '40 × 30'],
    ['anim.gif', gif(16, 16), '16 × 16'],
    ['photo.bmp', bmp(20, 12), '20 × 12'],
    ['rgb16.png', png(24, 20, 2, 16), '24 × 20'],
    ['grey8.png', png(24, 20, 0, 8), '24 × 20'],
    ['grey16.png', png(24, 20, 0, 16), '24 × 20'],
    ['rgba.png', png(24, 20, 6, 8), '24 × 20'],
    ['eleven.png', png(11, 11), '11 × 11'],
  ];
  for (const [name, buffer, size] of files) {
    await choose(page, name, buffer);
    await expect(f.getByText(`Comparing ${name} at ${size} pixels.`), name).toBeVisible();
    await expect(f.getByRole('alert')).toHaveText('');
  }
  await expectNoProblems(problems);
});

test('non-images, tiny, huge-header and corrupt files are refused in plain words and change nothing', async ({
  page,
  problems,
}) => {
  const f = fig(page, 'own');
  const psnr = readout(f, 'psnr', { subject: 'own' });
  await choose(page, 'start.png', png(40, 30));
  await expect(f.getByText('Comparing start.png at 40 × 30 pixels.')).toBeVisible();
  await expect.poll(() => num(psnr)).not.toBe(26.733666760294557);
  const before = await num(psnr);
  const jpeg = await encoded(page, 'image/jpeg');
  const sosAt = jpeg.indexOf(Buffer.from([0xff, 0xda]));
  const huge = png(16, 16);
  huge.writeUInt32BE(60000, 16);
  huge.writeUInt32BE(60000, 20);
  const refused: [string, Buffer, RegExp][] = [
    ['notes.png', Buffer.from('this is text, not an image'), /not an image/],
    ['empty.png', Buffer.alloc(0), /is empty/],
    ['one.png', png(1, 1), /only 1 × 1 pixels/],
    ['ten.png', png(10, 10), /only 10 × 10 pixels/],
    ['claims.png', huge, /60000 × 60000 pixels; the limit is 8,000/],
    [
      'script.svg',
      Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
      ),
      /not an image/,
    ],
    ['truncated.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 3)), /not an image/],
    ['header-only.jpg', jpeg.subarray(0, sosAt), /not an image/],
    ['scrambled.jpg', Buffer.concat([jpeg.subarray(0, 2), Buffer.alloc(400, 0x5a)]), /not an image/],
  ];
  page.on('dialog', (d) => void d.dismiss());
  for (const [name, buffer, message] of refused) {
    await choose(page, name, buffer);
    await expect(f.getByRole('alert'), name).toHaveText(message);
    await expect(f.getByRole('alert'), name).toContainText('Nothing was changed.');
    await expect(f.getByText('Comparing start.png at 40 × 30 pixels.')).toBeVisible();
    await expectValue(psnr, before, 0);
  }
  // Two files of which one is refused: neither is used.
  await fileInput(page).setInputFiles([
    { name: 'a.png', mimeType: 'image/png', buffer: png(30, 30) },
    { name: 'b.png', mimeType: 'image/png', buffer: huge },
  ]);
  await expect(f.getByRole('alert')).toHaveText(/b\.png” is 60000 × 60000/);
  await expect(f.getByText('Comparing start.png at 40 × 30 pixels.')).toBeVisible();
  await expectNoProblems(problems);
});
