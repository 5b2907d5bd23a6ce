/**
 * Strings of the Lab's image-pair (PSNR, SSIM) and depth panels.
 */

export const labPixelsText = {
  imagePair: {
    title: 'Image pairs: PSNR and SSIM',
    caption:
      'Drop a reference image and a distorted version of it: PSNR and SSIM are computed in your browser, as scikit-image 0.19 computes them, with the settings below. Your images are not uploaded.',
    reference: 'Reference image',
    distorted: 'Distorted image',
    fileHint: 'PNG (8 or 16 bits), JPEG or WebP; alpha is ignored.',
    formats:
      'PNG decoding is exact. JPEG and WebP are decoded by your browser, which may differ from PIL (Pillow) by a few levels per pixel, so their values can differ slightly from Python’s.',
    sizeRule:
      'Both images must have the same width, height and channels; a pair that does not is refused (the message gives both sizes).',
    what: 'image-pair evaluation',
    example: 'a built-in 96 × 64 colour picture and a copy with noise and a blurred patch.',
    controlsLegend: 'SSIM settings',
    dataRange: 'Data range',
    dataRangeHint: '255 for 8-bit images, 65535 for 16-bit.',
    window: 'Window',
    uniform: 'Uniform (box)',
    gaussian: 'Gaussian (σ 1.5)',
    winSize: 'Window size',
    winSizeHint: 'Odd. With the Gaussian window it only sets the border left out of the mean.',
    k1: 'K1',
    k2: 'K2',
    sampleCovariance: 'Sample covariance (NP / (NP − 1), scikit-image’s default)',
    psnr: 'PSNR',
    mssim: 'Mean SSIM',
    map: 'SSIM map',
    mapAlt: (name: string, min: string, max: string) =>
      `SSIM map of ${name}: darker where the images differ in structure; values from ${min} to ${max}.`,
    legend: 'SSIM (1 = identical window)',
    imageInfo: (role: string, name: string, size: string, bits: number, format: string, exact: boolean) =>
      `${role}: ${name}, ${size}, ${bits}-bit ${format.toUpperCase()}${exact ? '' : ' (browser decoding)'}`,
    rangeWarning: (max: number, range: number) =>
      `Pixel values reach ${max}, above the data range ${range}: set the data range to the images’ bit depth (65535 for 16-bit).`,
    channelMssim: (values: string) => `Per channel (R, G, B): ${values}`,
    none: 'No result yet: drop two images or load the example.',
  },
  depth: {
    title: 'Depth maps: monodepth2 errors',
    caption:
      'Drop a ground-truth and a predicted depth map: every error of the KITTI/NYU protocol is computed in your browser as monodepth2 computes it. Your files are not uploaded.',
    groundTruth: 'Ground-truth depth (16-bit PNG or .npy)',
    prediction: 'Predicted depth (16-bit PNG or .npy)',
    fileHint: 'PNG: value / scale factor = metres, 0 = no measurement. Float .npy: metres.',
    fileRule:
      'PNGs are decoded to their full 16 bits (not through a canvas). Integer .npy values are divided by the scale factor like PNG values.',
    what: 'depth evaluation',
    example:
      'a built-in 128 × 40 KITTI-style pair: sparse 16-bit PNG ground truth (scale 256) and a float32 .npy prediction.',
    controlsLegend: 'Depth settings',
    scale: 'Scale factor (PNG value per metre)',
    scaleHint: '256 for KITTI, 1000 for NYU Depth v2.',
    kitti: 'KITTI (256, caps 0.001–80 m)',
    nyu: 'NYU (1000, caps 0.001–10 m)',
    presets: 'Presets',
    minDepth: 'Minimum depth (m)',
    maxDepth: 'Maximum depth (m)',
    capsHint:
      'A pixel counts when minimum < ground truth < maximum; predictions are clamped to the same range.',
    medianScaling: 'Median scaling (multiply predictions by median(gt) / median(pred))',
    gargCrop: 'Garg/Eigen crop (KITTI eigen split: only rows 40.8–99.2 % and columns 3.6–96.4 % count)',
    fields: {
      abs_rel: 'Abs Rel',
      sq_rel: 'Sq Rel',
      rmse: 'RMSE (m)',
      rmse_log: 'RMSE log',
      log10: 'log10',
      silog: 'SILog',
      a1: 'δ < 1.25',
      a2: 'δ < 1.25²',
      a3: 'δ < 1.25³',
      abs_error: 'Mean |d − d*| (m)',
    } as Record<string, string>,
    noValid: (min: number, max: number) => `no pixel has ${min} m < ground truth < ${max} m`,
    valid: (valid: number, pixels: number) =>
      `${valid.toLocaleString('en')} of ${pixels.toLocaleString('en')} pixels are valid.`,
    scaleApplied: (s: string) => `Median scaling multiplied the predictions by ${s}.`,
    mapInfo: (role: string, name: string, w: number, h: number, kind: string, range: string) =>
      `${role}: ${name}, ${w} × ${h}, ${kind}, ${range}`,
    range: (min: string, max: string) => `depths ${min}–${max} m`,
    noDepth: 'no depth above 0',
    errorMap: 'Relative error map',
    errorAlt: (name: string) =>
      `Relative error |gt − pred| / gt of ${name} at each valid pixel; pixels without ground truth are hatched grey.`,
    legend: 'Relative error |gt − pred| / gt',
    noValue: 'No valid ground truth (hatched)',
    none: 'No result yet: drop two depth maps or load the example.',
  },
} as const;
