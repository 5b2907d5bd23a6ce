/**
 * Worker entry of the figure `image-quality.implementations` (kept in its
 * own file; entries.ts lists it).
 */
import * as v from 'valibot';
import { defineScene } from '../entry';
import { finite, integer, raster } from '../../metrics/args';
import { implementationTable } from './implementations';

/**
 * Args: image (the worker decodes `photo`), blur (sigma), noise (sigma, or
 * null to match the blurred copy's PSNR), seed. Result: ImplementationTable.
 */
export const implementationsEntry = defineScene({
  id: 'image_quality_implementations',
  args: { image: raster, blur: finite, noise: v.nullish(finite, null), seed: v.nullish(integer, 1) },
  run: (a) => implementationTable(a.image, a.blur, a.noise, a.seed),
});
