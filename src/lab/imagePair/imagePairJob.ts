/**
 * The Lab's image-pair job: decodes a reference and a distorted image, refuses
 * pairs of different sizes (naming both), and computes PSNR and SSIM (with
 * its map) with the metrics package, as skimage 0.19 does.
 */
import type { LabFile, LabJobContext } from '../jobs/types';
import { LabInputError } from '../jobs/types';
import { psnr } from '../../metrics/image/psnr';
import { ssim } from '../../metrics/image/ssim';
import { MetricInputError } from '../../metrics/validate';
import { decodeImage, describeSize, SIZE_MISMATCH, type DecodedImage } from './decodeImage';
import { colourMap, SSIM_LUT } from './mapPicture';
import { SSIM_SIGMA, type ImagePairSettings } from './settings';

/** Input of the image-pair job. */
export interface ImagePairJobInput {
  reference: LabFile;
  distorted: LabFile;
  settings: ImagePairSettings;
}

/** What the panel says about one decoded image. */
export interface ImageInfo {
  name: string;
  width: number;
  height: number;
  channels: 1 | 3;
  bits: 8 | 16;
  format: DecodedImage['format'];
  exact: boolean;
  /** Largest sample value. */
  max: number;
}

/** Result of the image-pair job. */
export interface ImagePairJobResult {
  /** PSNR in dB; Infinity for identical images. */
  psnr: number;
  /** Mean SSIM (skimage's `mssim`). */
  mssim: number;
  /** Mean SSIM of each channel. */
  channelMssim: number[];
  reference: ImageInfo;
  distorted: ImageInfo;
  /** The SSIM map (channel mean) coloured as RGBA, width x height. */
  mapRgba: Uint8ClampedArray;
  /** Values at the ends of the map's colour scale. */
  mapLo: number;
  mapHi: number;
  /** Smallest and largest SSIM of the map. */
  mapMin: number;
  mapMax: number;
  /** The settings the values were computed with. */
  settings: ImagePairSettings;
}

function info(name: string, img: DecodedImage): ImageInfo {
  let max = 0;
  for (let i = 0; i < img.data.length; i++) if (img.data[i]! > max) max = img.data[i]!;
  const { width, height, channels, bits, format, exact } = img;
  return { name, width, height, channels, bits, format, exact, max };
}

/**
 * Runs the image-pair job. Throws LabInputError naming the file for files
 * that are not images or are corrupt, for images of different sizes or
 * channel counts (the message gives both), and for settings the images
 * cannot take (a window larger than the image).
 */
export async function runImagePairJob(
  input: ImagePairJobInput,
  ctx: LabJobContext,
): Promise<ImagePairJobResult> {
  const { reference, distorted, settings } = input;
  ctx.progress(0, `Reading ${reference.name}`);
  const a = await decodeImage(reference.bytes, reference.name);
  ctx.progress(0.15, `Reading ${distorted.name}`);
  const b = await decodeImage(distorted.bytes, distorted.name);
  if (a.width !== b.width || a.height !== b.height || a.channels !== b.channels) {
    throw new LabInputError(
      distorted.name,
      '',
      `its size ${describeSize(b)} differs from the reference ${reference.name} (${describeSize(a)}); both images ${SIZE_MISMATCH} and channels`,
    );
  }
  ctx.progress(0.3, 'Computing PSNR');
  let p: number;
  let s: ReturnType<typeof ssim>;
  try {
    p = psnr(a, b, settings.dataRange);
    ctx.progress(0.4, 'Computing SSIM');
    s = ssim(a, b, {
      dataRange: settings.dataRange,
      gaussianWeights: settings.gaussian,
      sigma: SSIM_SIGMA,
      winSize: settings.winSize,
      K1: settings.K1,
      K2: settings.K2,
      useSampleCovariance: settings.sampleCovariance,
      returnMap: true,
    });
  } catch (e) {
    if (e instanceof MetricInputError) throw new LabInputError('SSIM settings', '', e.message);
    throw e;
  }
  ctx.progress(0.9, 'Drawing the SSIM map');
  const map = s.map!;
  let mapMin = Infinity;
  let mapMax = -Infinity;
  for (let i = 0; i < map.length; i++) {
    if (map[i]! < mapMin) mapMin = map[i]!;
    if (map[i]! > mapMax) mapMax = map[i]!;
  }
  const mapLo = mapMin < 0 ? -1 : 0;
  const mapHi = 1;
  return {
    psnr: p,
    mssim: s.mssim,
    channelMssim: s.channelMssim,
    reference: info(reference.name, a),
    distorted: info(distorted.name, b),
    mapRgba: colourMap(map, a.width, mapLo, mapHi, SSIM_LUT),
    mapLo,
    mapHi,
    mapMin,
    mapMax,
    settings,
  };
}
