/**
 * image-ssim 0.2.0, loaded with require at run time. The package ships its
 * TypeScript source beside its declarations, and a static import would make
 * the compiler type-check that source under this project's strict settings.
 */
import { createRequire } from 'node:module';

interface ImageSsimImage {
  data: ArrayLike<number>;
  width: number;
  height: number;
  channels: number;
}

/** The one function of image-ssim the benchmark calls. */
export interface ImageSsimApi {
  compare(a: ImageSsimImage, b: ImageSsimImage, windowSize?: number): { ssim: number; mcs: number };
}

/** image-ssim's module object. */
export const ImageSSIM = createRequire(import.meta.url)('image-ssim') as ImageSsimApi;
