import { describe, expect, it } from 'vitest';
import { needsPhotoArgs, preparePhotoArgs, type PhotoDecoders } from './photoArgs';
import { PHOTOS, PHOTO_IDS, photoInfo, photoPath } from '../assets/photoCatalog';
import type { Raster } from '../metrics/types';

const tiny: Raster = { width: 2, height: 1, channels: 3, data: Uint8Array.from([1, 2, 3, 4, 5, 6]) };

function fakes() {
  const calls: string[] = [];
  const decoders: PhotoDecoders = {
    loadPhoto: async (id, base) => {
      calls.push(`photo ${id} ${base}`);
      return tiny;
    },
    bitmapToRgb: () => tiny,
    jpeg: async (key, image, quality) => {
      calls.push(`jpeg ${key} ${quality}`);
      return { ...image, data: Uint8Array.from(image.data, (v) => v + 1) };
    },
  };
  return { decoders, calls };
}

describe('worker photo arguments', () => {
  it('prepares only the image-quality requests', () => {
    expect(needsPhotoArgs('image_quality_copy')).toBe(true);
    expect(needsPhotoArgs('feature_distance_demo')).toBe(true);
    expect(needsPhotoArgs('psnr')).toBe(false);
    expect(needsPhotoArgs('depth_scene')).toBe(false);
  });

  it('replaces a photo id by the decoded image and keeps the other arguments', async () => {
    const { decoders, calls } = fakes();
    const out = await preparePhotoArgs(
      { photo: 'astronaut', photo_base: 'http://x/', kind: 'blur', level: 1 },
      decoders,
    );
    expect(out.image).toBe(tiny);
    expect(out).toMatchObject({ kind: 'blur', level: 1 });
    expect(calls).toEqual(['photo astronaut http://x/']);
  });

  it('adds the JPEG copy for a quality, cached by photo, and none for the reader’s images', async () => {
    const { decoders, calls } = fakes();
    const out = await preparePhotoArgs({ photo: 'coffee', photo_base: 'b', jpeg_quality: 20 }, decoders);
    expect(Array.from((out.jpeg as Raster).data)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(calls).toContain('jpeg photo:coffee 20');
    const own = await preparePhotoArgs({ a: tiny, jpeg_quality: 50 }, decoders);
    expect(own.jpeg).toBeDefined();
    expect(calls).toContain('jpeg null 50');
  });

  it('refuses a JPEG quality outside 1-100 or without an image', async () => {
    const { decoders } = fakes();
    await expect(preparePhotoArgs({ photo: 'coffee', jpeg_quality: 0 }, decoders)).rejects.toThrow(
      /jpeg_quality/,
    );
    await expect(preparePhotoArgs({ photo: 'coffee', jpeg_quality: 20.5 }, decoders)).rejects.toThrow(
      /jpeg_quality/,
    );
    await expect(preparePhotoArgs({ jpeg_quality: 20 }, decoders)).rejects.toThrow(/no image/);
  });

  it('lists each shipped photo once with its size and file', () => {
    expect(PHOTO_IDS[0]).toBe('astronaut');
    expect(new Set(PHOTO_IDS).size).toBe(PHOTOS.length);
    expect(photoInfo('coffee')).toMatchObject({ width: 600, height: 400 });
    expect(photoPath(photoInfo('astronaut')!)).toBe('images/astronaut.png');
    expect(photoInfo('nope')).toBeUndefined();
  });
});
