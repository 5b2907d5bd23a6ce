/**
 * The part of image-ssim 0.2.0 the benchmark calls. The package ships its
 * TypeScript source beside the declarations, and the compiler would otherwise
 * type-check that source under this project's strict settings.
 */
declare const ImageSSIM: {
  compare(
    a: { data: ArrayLike<number>; width: number; height: number; channels: number },
    b: { data: ArrayLike<number>; width: number; height: number; channels: number },
    windowSize?: number,
  ): { ssim: number; mcs: number };
};
export default ImageSSIM;
