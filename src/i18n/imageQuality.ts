/**
 * UI strings of the image-quality section (#/image-quality): figure titles,
 * captions, control labels, readout labels, messages. The prose stays with
 * the section's components.
 */
import { messages } from './messages';

export const iqText = {
  section: {
    title: messages.sections['image-quality'].title,
  },
  photos: {
    label: 'Photo',
    names: { astronaut: 'Astronaut (512 × 512)', coffee: 'Coffee (600 × 400)' } as Record<string, string>,
  },
  readouts: {
    psnr: 'PSNR',
    mse: 'MSE',
    ssim: 'SSIM',
  },
  canvas: {
    loading: 'Loading the photo…',
  },
  blurNoise: {
    title: 'Blurry or noisy?',
    caption: 'Both copies have the same PSNR. Which looks better to you? Vote to see MSE and SSIM.',
    original: 'Original',
    loupe: {
      heading: 'Look closer: the same region, enlarged',
      square: 'Loupe square',
      position: (o: { x: number; y: number }, size: number) =>
        `The square covers pixels ${o.x}–${o.x + size - 1} across and ${o.y}–${o.y + size - 1} down.`,
      cropAlt: (label: string, o: { x: number; y: number }, size: number) =>
        `${label}, enlarged: the ${size} × ${size} pixels from (${o.x}, ${o.y})`,
      hint: 'Drag on the original, or focus the square and use the arrow keys (Shift: 10 pixels).',
    },
    blurred: 'Blurred copy',
    noisy: 'Noisy copy',
    blurSlider: 'Blur σ',
    noiseSlider: 'Noise σ',
    blurValue: (v: number) => `${v.toFixed(1)} px`,
    noiseValue: (v: number) => `${Number.isInteger(v * 10) ? v.toFixed(1) : v.toFixed(3)} levels`,
    newNoise: 'New noise pattern',
    seed: (seed: number) => `Noise seed ${seed}`,
    match: 'Match PSNR',
    matching: 'Finding the noise level with the same PSNR…',
    matched: (sigma: number, psnr: string) =>
      `Noise σ set to ${sigma.toFixed(3)}: the noisy copy now has the blurred copy’s PSNR (${psnr}).`,
    matchedInfinite: 'The blurred copy equals the original (blur 0), so the matching noise is 0.',
    unmatched: (max: number) =>
      `Even noise σ ${max} does not bring PSNR down that far; the noise is set to ${max}.`,
    matchFailed: (message: string) => `Could not match the PSNR: ${message}`,
    blurredAlt: (sigma: number) => `The photo blurred with σ ${sigma.toFixed(1)} pixels`,
    noisyAlt: (sigma: number) => `The photo with Gaussian noise of σ ${sigma.toFixed(1)} grey levels`,
    vote: {
      legend: 'Which copy looks better to you?',
      blurred: 'The blurred copy',
      noisy: 'The noisy copy',
      same: 'They look equally good',
      reveal: 'Reveal the numbers',
      covered: 'MSE and SSIM are covered until you vote or reveal them, so they cannot sway your eye.',
      youChose: (choice: string) => `You chose: ${choice}.`,
      psnrPrefers: (which: string) => `PSNR prefers ${which}.`,
      ssimPrefers: (which: string) => `SSIM prefers ${which}.`,
      tie: 'a tie',
      blurredShort: 'the blurred copy',
      noisyShort: 'the noisy copy',
    },
  },
  fool: {
    title: 'More ways to fool PSNR',
    caption:
      'Four copies that change the photo in ways people barely notice, or notice very differently. Each copy is scored against the original; the table ranks them by PSNR, by SSIM and by your eye.',
    variants: {
      brightness: 'Brighter',
      contrast: 'Contrast',
      translation: 'Moved',
      jpeg: 'JPEG',
    } as Record<string, string>,
    brightness: 'Brightness shift (levels)',
    contrast: 'Contrast factor',
    shift: 'Translation (px to the right)',
    quality: 'JPEG quality',
    brightnessValue: (v: number) => `${v > 0 ? '+' : ''}${v} levels`,
    contrastValue: (v: number) => `× ${v.toFixed(2)}`,
    shiftValue: (v: number) => `${v} px`,
    qualityValue: (v: number) => `${v}`,
    alt: {
      brightness: (v: number) =>
        `The photo ${v >= 0 ? 'brightened' : 'darkened'} by ${Math.abs(v)} grey levels`,
      contrast: (v: number) => `The photo with its contrast multiplied by ${v.toFixed(2)}`,
      translation: (v: number) => `The photo moved ${v} pixels to the right`,
      jpeg: (v: number) => `The photo saved as JPEG at quality ${v}`,
    },
    overlapNote: (w: number) => `Scored on the ${w} columns where the moved copy and the original overlap.`,
    jpegNote: 'Encoded by your browser’s own JPEG encoder, then decoded again.',
    table: {
      caption: 'Rankings of the four copies (1 = closest to the original)',
      variant: 'Copy',
      byPsnr: 'Rank by PSNR',
      bySsim: 'Rank by SSIM',
      byEye: 'Your rank',
      moveUp: (name: string) => `Move “${name}” up in your ranking`,
      moveDown: (name: string) => `Move “${name}” down in your ranking`,
      waiting: '…',
      agreement: (psnr: number, ssim: number, total: number) =>
        `Your ranking agrees with PSNR on ${psnr} of ${total} places and with SSIM on ${ssim} of ${total}.`,
      metricsAgree: (n: number, total: number) =>
        `PSNR and SSIM agree with each other on ${n} of ${total} places.`,
    },
  },
  inspector: {
    title: 'Inside SSIM',
    caption:
      'Left: a copy of the photo. Right: its SSIM map, one value per pixel (darker = lower; the brightest colour, yellow, = 1; the legend shows the scale). Click, drag or use the arrow keys on either picture to pick a pixel; its 11 × 11 window is outlined. Below: the three SSIM terms for each colour channel, and the window’s statistics on request.',
    kind: 'Copy to inspect',
    kinds: {
      blur: 'Blurred (σ 1.5 px)',
      noise: 'Noisy (σ 12 levels)',
      brightness: 'Brighter (+10 levels)',
      contrast: 'Lower contrast (× 0.8)',
      jpeg: 'JPEG (quality 20)',
    } as Record<string, string>,
    copyAlt: (kind: string) => `The copy being inspected: ${kind}`,
    mapAlt:
      'SSIM map of the copy: bright where the copy’s local structure matches the original, dark where it does not',
    marker: 'Inspected pixel',
    markerText: (x: number, y: number) =>
      `pixel x ${x}, y ${y}. Arrow keys move it 1 pixel, Shift + arrows 10.`,
    position: (x: number, y: number) => `Pixel (${x}, ${y})`,
    legend: 'SSIM map colours',
    legendLow: '0 or below',
    legendHigh: '1',
    channel: 'Channel in the formula',
    channels: ['red', 'green', 'blue'] as const,
    channelNames: ['Red', 'Green', 'Blue'] as const,
    termsHeading: 'SSIM terms at this pixel',
    statsHeading: 'Window statistics (means, variances, covariance)',
    stats: {
      mu_x: 'μx (original mean)',
      mu_y: 'μy (copy mean)',
      var_x: 'σx² (original variance)',
      var_y: 'σy² (copy variance)',
      cov_xy: 'σxy (covariance)',
      luminance: 'l, luminance',
      contrast: 'c, contrast',
      structure: 's, structure',
      pixel_ssim: 'SSIM = l · c · s',
    } as Record<string, string>,
    mssim: 'Mean SSIM of the copy',
    formulaSpoken:
      'SSIM at this pixel equals l times c times s: luminance {l} equals 2 times {mx} times {my} plus {c1}, over {mx} squared plus {my} squared plus {c1}; contrast {c} equals 2 times {sx} times {sy} plus {c2}, over {vx} plus {vy} plus {c2}; structure {s} equals {cxy} plus {c3}, over {sx} times {sy} plus {c3}; product {ssim}.',
  },
  own: {
    title: 'Your own images',
    caption:
      'Drop or choose one image to degrade, or two images to compare (first the reference, then the copy). Your files stay in this browser tab: they are never uploaded and never put in a share link.',
    drop: 'Drop one or two images here',
    choose: 'Choose images',
    or: 'or',
    builtIn: 'Until you choose images, this figure uses the built-in astronaut photo.',
    useBuiltIn: 'Back to the built-in photo',
    kind: 'Degradation of a single image',
    kinds: {
      blur: 'Blur',
      noise: 'Noise',
      brightness: 'Brightness shift',
      contrast: 'Contrast',
      jpeg: 'JPEG',
    } as Record<string, string>,
    level: {
      blur: 'Blur σ',
      noise: 'Noise σ',
      brightness: 'Brightness shift (levels)',
      contrast: 'Contrast factor',
      jpeg: 'JPEG quality',
    } as Record<string, string>,
    resizeRule:
      'Resize rule: the first image is scaled down, keeping its shape, until its longer side is at most 512 pixels (smaller images keep their size). A second image is then stretched to exactly the first one’s size. Transparent parts are put on white, and both are compared in 8-bit RGB.',
    reference: 'Reference',
    copy: 'Copy',
    refAlt: (name: string) => `Reference image: ${name}`,
    copyAlt: (name: string) => `Compared image: ${name}`,
    builtInName: 'built-in astronaut photo',
    degradedName: (name: string) => `degraded copy of ${name}`,
    loaded: (names: string, w: number, h: number) => `Comparing ${names} at ${w} × ${h} pixels.`,
    reading: 'Reading your images…',
    errors: {
      tooMany: 'Please choose one or two images, not more.',
      empty: (name: string) => `“${name}” is empty (0 bytes). Nothing was changed.`,
      tooLarge: (name: string, mb: string) =>
        `“${name}” is ${mb} MB; the limit is 20 MB. Nothing was changed.`,
      notImage: (name: string) =>
        `“${name}” is not an image this browser can read (PNG, JPEG, GIF, WebP…). Nothing was changed.`,
      tooWide: (name: string, w: number, h: number) =>
        `“${name}” is ${w} × ${h} pixels; the limit is 8,000 pixels a side. Nothing was changed.`,
      tooSmall: (name: string, w: number, h: number) =>
        `“${name}” is only ${w} × ${h} pixels; SSIM’s 11 × 11 window needs at least 11 pixels a side. Nothing was changed.`,
    },
    notSharedNotice:
      'The link was made while its sender compared their own images. Their images are never put in links, so “Your own images” shows the built-in photo.',
  },
  lpips: {
    title: 'LPIPS, computed on features you can edit',
    caption:
      'No trained network runs here, so these features are typed in, not computed from pictures: one layer with three channels (think “edges”, “texture”, “colour”) at 2 × 2 positions, for a reference and a distorted copy of it. The distance is the real LPIPS formula applied to them.',
    preset: 'Copy',
    presets: {
      blurred: 'Blurred copy',
      noisy: 'Noisy copy',
      moved: 'Copy moved by one feature cell',
    } as Record<string, string>,
    pictureA: 'Reference',
    pictureB: 'Distorted copy',
    weights: 'Channel weights w',
    channelNames: ['edges', 'texture', 'colour'] as const,
    positions: ['top left', 'top right', 'bottom left', 'bottom right'] as const,
    feature: (pic: string, channel: string, pos: string) => `${pic}, ${channel}, ${pos}`,
    weight: (channel: string) => `Weight of ${channel}`,
    result: 'LPIPS formula on these features',
    note: 'With real LPIPS the features come from five layers of AlexNet or VGG and the weights were fitted to about half a million human judgments.',
  },
  filterBank: {
    title: 'A feature distance without a network',
    caption:
      'Five hand-made filters (two gradients, two diagonals, centre minus surround) at three scales, pooled over 4 × 4 blocks and compared with the LPIPS combination step. It is not LPIPS: nothing here was learned, and nobody checked it against human judgments.',
    copy: 'Copy',
    rows: {
      blurred: 'Blurred (σ 1.5 px)',
      noisy: 'Noisy, same PSNR as the blur',
      brightness: 'Brighter (+10 levels)',
      translation: 'Moved 2 px',
      jpeg: 'JPEG (quality 20)',
    } as Record<string, string>,
    distance: 'Filter-bank distance (not LPIPS)',
    tableCaption: 'PSNR, SSIM and the filter-bank distance of five copies of the photo',
  },
  implementations: {
    title: 'Same data, different library',
    caption:
      'One photo, its blurred copy and its noisy copy, scored by SSIM and PSNR as five widely used pieces of code compute them; each row names the call. Only the settings change, never the pixels. With noise matched to the blur’s PSNR on the coffee photo, Wang’s own ssim.m (luma, first shrunk to half size) ranks the noisy copy above the blurred one, while scikit-image’s defaults rank it far below. Say which call produced your SSIM.',
    blurSlider: 'Blur σ',
    noiseSlider: 'Noise σ',
    matchToggle: 'Match the noise to the blurred copy’s PSNR',
    noiseUsed: (sigma: number, matched: boolean) =>
      matched
        ? `Noise σ ${sigma.toFixed(3)} levels, matched: both copies have the same PSNR over R, G and B (noise seed 1).`
        : `Noise σ ${sigma.toFixed(3)} levels, set by hand (noise seed 1).`,
    ssimCaption: 'Mean SSIM of the blurred and the noisy copy under five common settings',
    psnrCaption: 'PSNR of the same copies over R, G and B, and on the Y channel only',
    variant: 'Setting and call',
    blurred: 'Blurred copy',
    noisy: 'Noisy copy',
    ranks: 'Ranks higher',
    rank: { blurred: 'blurred', noisy: 'noisy', tie: 'tie' } as Record<string, string>,
    ssimLabel: (copy: string) => `SSIM, ${copy}`,
    psnrLabel: (copy: string) => `PSNR, ${copy}`,
    ssimRows: {
      'skimage-default': {
        name: 'scikit-image defaults',
        detail: '7 × 7 uniform window, sample covariance, mean over R, G and B',
        call: 'structural_similarity(a, b, channel_axis=2, data_range=255)',
      },
      'gaussian-rgb': {
        name: 'Gaussian window on RGB (this section)',
        detail: '11 × 11 Gaussian, σ 1.5, population covariance, mean over R, G and B',
        call: 'structural_similarity(a, b, channel_axis=2, data_range=255, gaussian_weights=True, sigma=1.5, use_sample_covariance=False)',
      },
      luma: {
        name: 'Luma only (MATLAB ssim_index.m)',
        detail:
          'rgb2gray: 0.2989 R + 0.5870 G + 0.1140 B, rounded to 8 bits; 11 × 11 Gaussian, σ 1.5, K 0.01 and 0.03; only windows inside the image',
        call: 'ssim_index(rgb2gray(A), rgb2gray(B))',
      },
      'luma-downsampled': {
        name: 'Luma, shrunk first (Wang’s ssim.m, 2009)',
        detail:
          'f = max(1, round(min(M, N) / 256)), 2 for both photos: an f × f average, every f-th pixel, then as ssim_index.m',
        call: 'ssim(rgb2gray(A), rgb2gray(B))',
      },
      'float-range': {
        name: 'Float image, data range left out (scikit-image 0.19)',
        detail:
          'Pixels scaled to [0, 1], but data_range taken from the float type’s range (−1 to 1), so 2: C1 and C2 four times too large. Gaussian settings as above; scikit-image 0.20 and later refuse the call.',
        call: 'structural_similarity(a / 255, b / 255, channel_axis=2, gaussian_weights=True, sigma=1.5, use_sample_covariance=False)',
      },
    } as Record<string, { name: string; detail: string; call: string }>,
    psnrRows: {
      rgb: {
        name: 'PSNR over R, G and B',
        detail: 'Mean squared error over every pixel and channel, data range 255',
        call: 'peak_signal_noise_ratio(a, b, data_range=255)',
      },
      y: {
        name: 'PSNR on the Y channel (super-resolution papers)',
        detail:
          'Y = 16 + (65.481 R + 128.553 G + 24.966 B) / 255 (BT.601, as MATLAB rgb2ycbcr); averaging the channels averages away part of the noise',
        call: 'calculate_psnr(a, b, crop_border=0, test_y_channel=True)  # BasicSR',
      },
    } as Record<string, { name: string; detail: string; call: string }>,
  },
};
