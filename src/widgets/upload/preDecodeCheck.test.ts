import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { preDecodeProblem } from './preDecodeCheck';
import { jpegWithSofAfter } from './testJpeg';

const file = (bytes: Uint8Array, name: string) => new File([new Uint8Array(bytes)], name);

describe('preDecodeProblem (review F3)', () => {
  it('refuses a JPEG whose huge frame size hides behind 130 KB of APP segments, before decoding', async () => {
    for (const side of [12000, 16000, 20000]) {
      const message = await preDecodeProblem(file(jpegWithSofAfter(2, side, side), 'hidden.jpg'));
      expect(message).toMatch(/limit is 8,000 pixels/);
    }
  });

  it('refuses the same JPEG with its frame header early', async () => {
    expect(await preDecodeProblem(file(jpegWithSofAfter(0, 12000, 12000), 'early.jpg'))).toMatch(
      /limit is 8,000 pixels/,
    );
  });

  it('lets a JPEG of an allowed size through, wherever its frame header is', async () => {
    expect(await preDecodeProblem(file(jpegWithSofAfter(2, 640, 480), 'ok.jpg'))).toBeNull();
    expect(await preDecodeProblem(file(jpegWithSofAfter(0, 8000, 8000), 'max.jpg'))).toBeNull();
  });

  it('lets the shipped PNG photos through', async () => {
    const png = new Uint8Array(readFileSync('public/images/astronaut.png'));
    expect(await preDecodeProblem(file(png, 'astronaut.png'))).toBeNull();
  });

  it('refuses files whose size cannot be read from a header: text, SVG, a header-less JPEG', async () => {
    const text = new TextEncoder().encode('hello, this is not an image');
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    const noFrame = Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]);
    for (const [bytes, name] of [
      [text, 'text.png'],
      [svg, 'x.svg'],
      [noFrame, 'empty.jpg'],
    ] as const) {
      expect(await preDecodeProblem(file(bytes, name))).toMatch(/not an image this browser can read/);
    }
  });

  it('refuses an empty file and a PNG header claiming 60000 x 60000', async () => {
    expect(await preDecodeProblem(file(new Uint8Array(0), 'empty.png'))).toMatch(/empty/);
    const png = new Uint8Array(readFileSync('public/images/astronaut.png'));
    const view = new DataView(png.buffer, png.byteOffset);
    view.setUint32(16, 60000);
    view.setUint32(20, 60000);
    expect(await preDecodeProblem(file(png, 'huge.png'))).toMatch(/60000 × 60000/);
  });
});
