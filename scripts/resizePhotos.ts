/**
 * `npm run photos`: makes the display copies of the built-in photos and
 * recompresses their PNG originals without changing a pixel.
 *
 * - Display copies (src/assets/photoCatalog.ts, `displayWidths`): each PNG
 *   original is decoded by Chromium (the browser the tests use, through
 *   Playwright; no image library needed), scaled with
 *   `createImageBitmap(..., { resizeQuality: 'high' })` and encoded with
 *   `canvas.toBlob('image/webp', DISPLAY_QUALITY)` into
 *   public/images/display/<id>-<width>.webp.
 * - Originals: the PNG's image data (the zlib stream of its IDAT chunks) is
 *   deflated again at level 9 and written back only when smaller. The
 *   inflated bytes (filter bytes and pixels) are checked to be identical and
 *   every other chunk (the colour profile too) is kept, so the worker decodes
 *   exactly the same pixels.
 *
 * Run it after adding or replacing a photo, and commit what it writes. The
 * PNG code is in pngRecompress.ts (tested there).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from '@playwright/test';
import { displayVersions, PHOTOS, photoPath } from '../src/assets/photoCatalog';
import { findBrowser } from './browser';
import { recompressPng } from './pngRecompress';

/** WebP quality of the display copies (0-1). */
const DISPLAY_QUALITY = 0.85;

const PUBLIC = join(import.meta.dirname, '..', 'public');
/** Decodes a PNG in the page and returns WebP bytes at `width` x `height` (base64 both ways). */
async function webpInPage(
  page: import('@playwright/test').Page,
  png: Buffer,
  width: number,
  height: number,
): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ png, width, height, quality }) => {
      const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const source = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const scaled =
        source.width === width && source.height === height
          ? source
          : await createImageBitmap(source, {
              resizeWidth: width,
              resizeHeight: height,
              resizeQuality: 'high',
            });
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(scaled, 0, 0);
      const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/webp', quality));
      if (!blob || blob.type !== 'image/webp') throw new Error('this Chromium cannot encode WebP');
      let binary = '';
      for (const b of new Uint8Array(await blob.arrayBuffer())) binary += String.fromCharCode(b);
      return btoa(binary);
    },
    { png: png.toString('base64'), width, height, quality: DISPLAY_QUALITY },
  );
  return Buffer.from(base64, 'base64');
}

async function main(): Promise<void> {
  const browserPath = findBrowser(process.env, existsSync, null)?.path;
  const browser = await chromium.launch(browserPath ? { executablePath: browserPath } : {});
  try {
    const page = await browser.newPage();
    for (const info of PHOTOS) {
      const originalFile = join(PUBLIC, photoPath(info));
      let original: Buffer = readFileSync(originalFile);
      const smaller = recompressPng(original);
      if (smaller) {
        writeFileSync(originalFile, smaller);
        console.log(`${photoPath(info)}: ${original.length} -> ${smaller.length} bytes (same pixels)`);
        original = smaller;
      }
      for (const v of displayVersions(info)) {
        const webp = await webpInPage(page, original, v.width, v.height);
        const out = join(PUBLIC, v.src);
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, webp);
        console.log(`${v.src}: ${v.width}x${v.height}, ${webp.length} bytes`);
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
