/**
 * The benchmark's tasks: for each task name, the implementations to time on
 * the same input. "ours" runs this project's code through the metrics
 * registry, exactly as the worker does. Each implementation returns the
 * number it computed, so the runner can say whether it equals ours.
 */
import { ssim as ssimJs } from 'ssim.js';
import { ImageSSIM } from './imageSsim';
import { lookupEntry } from '../src/worker/registry';
import { makeSyntheticCoco } from '../src/metrics/detection/coco/synthetic';
import { covariance, features, greyToRgba, imagePair, labelPair } from './inputs';
import { IMAGE_QUALITY_TASKS } from './imageQualityTasks';
import { LAB_COCO_TASK } from './labCoco';

export interface Implementation {
  name: string;
  /** Prepares the input once, returns the timed function. */
  prepare: () => () => number;
  runs: number;
}

export interface Task {
  name: string;
  implementations: Implementation[];
}

function compute(id: string, args: Record<string, unknown>): unknown {
  const entry = lookupEntry(id);
  if (!entry) throw new Error(`no metric ${id}`);
  return entry.compute(args);
}

const SSIM_ARGS = {
  data_range: 255,
  gaussian_weights: true,
  sigma: 1.5,
  win_size: 11,
  K1: 0.01,
  K2: 0.03,
  use_sample_covariance: false,
};

function oursSsim(size: number, channels: number, runs: number): Implementation {
  return {
    name: 'ours',
    runs,
    prepare: () => {
      const { a, b } = imagePair(size, channels);
      const args = {
        ...SSIM_ARGS,
        a: { width: size, height: size, channels, data: a },
        b: { width: size, height: size, channels, data: b },
      };
      return () => (compute('ssim', args) as { mssim: number }).mssim;
    },
  };
}

function ssimJsMode(
  name: string,
  options: Parameters<typeof ssimJs>[2],
  size: number,
  runs: number,
): Implementation {
  return {
    name,
    runs,
    prepare: () => {
      const { a, b } = imagePair(size, 1);
      const ia = { data: greyToRgba(a), width: size, height: size };
      const ib = { data: greyToRgba(b), width: size, height: size };
      return () => ssimJs(ia, ib, options).mssim;
    },
  };
}

function imageSsim(size: number, runs: number): Implementation {
  return {
    name: 'image-ssim (8x8 tiles)',
    runs,
    prepare: () => {
      const { a, b } = imagePair(size, 1);
      const ia = { data: a, width: size, height: size, channels: 1 };
      const ib = { data: b, width: size, height: size, channels: 1 };
      return () => ImageSSIM.compare(ia, ib).ssim;
    },
  };
}

function greySsimTask(size: number, runs: number): Task {
  return {
    name: `ssim gaussian ${size}x${size} grey`,
    implementations: [
      oursSsim(size, 1, runs),
      ssimJsMode('ssim.js default', {}, size, runs),
      ssimJsMode('ssim.js fast no-downsample', { ssim: 'fast', downsample: false }, size, runs),
      ssimJsMode('ssim.js original no-downsample', { ssim: 'original', downsample: false }, size, runs),
      imageSsim(size, runs),
    ],
  };
}

export const TASKS: Task[] = [
  greySsimTask(512, 21),
  greySsimTask(1024, 9),
  { name: 'ssim gaussian 512x512 rgb', implementations: [oursSsim(512, 3, 15)] },
  {
    name: 'psnr 512x512 rgb',
    implementations: [
      {
        name: 'ours',
        runs: 31,
        prepare: () => {
          const { a, b } = imagePair(512, 3);
          const args = {
            data_range: 255,
            a: { width: 512, height: 512, channels: 3, data: a },
            b: { width: 512, height: 512, channels: 3, data: b },
          };
          return () => compute('psnr', args) as number;
        },
      },
    ],
  },
  {
    name: 'segmentation confusion 1024x1024 20 classes',
    implementations: [
      {
        name: 'ours',
        runs: 21,
        prepare: () => {
          const { gt, pred } = labelPair(1024, 20);
          const args = {
            num_classes: 20,
            gt: { width: 1024, height: 1024, data: gt },
            pred: { width: 1024, height: 1024, data: pred },
          };
          return () => (compute('segmentation', args) as { miou: number }).miou;
        },
      },
    ],
  },
  {
    name: 'coco bbox 5000 images',
    implementations: [
      {
        name: 'ours',
        runs: 3,
        prepare: () => {
          const { gt, dt } = makeSyntheticCoco({
            images: 5000,
            categories: 80,
            gtPerImage: 7,
            dtPerImage: 100,
            seed: 7,
          });
          return () => (compute('coco_eval', { iou_type: 'bbox', gt, dt }) as { ap: number }).ap;
        },
      },
    ],
  },
  {
    name: 'frechet distance 64-d',
    implementations: [
      {
        name: 'ours',
        runs: 31,
        prepare: () => {
          const mu1 = Array.from({ length: 64 }, (_, i) => Math.sin(i));
          const mu2 = Array.from({ length: 64 }, (_, i) => Math.cos(i));
          const args = { mu1, mu2, sigma1: covariance(64, 3), sigma2: covariance(64, 4) };
          return () => compute('frechet_distance', args) as number;
        },
      },
    ],
  },
  {
    name: 'fid features 2048-d 1000 samples',
    implementations: [
      {
        name: 'ours',
        runs: 3,
        prepare: () => {
          const args = { x: features(1000, 2048, 5), y: features(1000, 2048, 6, 0.1) };
          return () => compute('fid_features', args) as number;
        },
      },
    ],
  },
  {
    // One slider update of the image-quality section, as the worker runs it: the blurred copy
    // (Gaussian blur, round/clip, PSNR, MSE, SSIM, RGBA) and the seeded noisy copy (same scores;
    // its noise field is cached per seed, as in the worker). Value: PSNR(blurred) + SSIM(noisy).
    name: 'image-quality update 512x512 rgb',
    implementations: [
      {
        name: 'ours',
        runs: 11,
        prepare: () => {
          const { a } = imagePair(512, 3);
          const image = { width: 512, height: 512, channels: 3, data: a };
          return () => {
            const blurred = compute('image_quality_copy', { image, kind: 'blur', level: 1.5 }) as {
              psnr: number;
            };
            const noisy = compute('image_quality_copy', { image, kind: 'noise', level: 12, seed: 1 }) as {
              ssim: number;
            };
            return blurred.psnr + noisy.ssim;
          };
        },
      },
    ],
  },
  ...IMAGE_QUALITY_TASKS,
  LAB_COCO_TASK,
];
