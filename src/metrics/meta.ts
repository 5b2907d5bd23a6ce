/**
 * Metric ids the app shows that are not FORMAT.md metric ids of their own but
 * fields or derived values, listed here so readouts and tests can name them.
 * Main-thread code may import this file (it holds no metric code).
 */
export const EXTRA_READOUT_IDS = [
  'mse',
  'tp',
  'fp',
  'fn',
  'ap_voc07',
  'ap_voc',
  'ap_coco101',
  'pck',
  'pckh',
  'oks_ring_radius',
  'ssim.mssim',
  'ssim.luminance',
  'ssim.contrast',
  'ssim.structure',
  'segmentation.precision',
  'segmentation.recall',
  'depth.abs_error',
] as const;
