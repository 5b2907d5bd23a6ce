/**
 * Reads a depth map file: a 16-bit (or 8-bit) grey PNG, decoded to its full
 * bit depth with fast-png, whose values divided by the scale factor are
 * metres (0 = no measurement); or a `.npy` array, whose float values are
 * metres as they are (integer dtypes are divided by the scale factor, like PNG).
 */
import { decodePng } from '../files/png';
import { readNpy } from '../files/npy';
import { LabInputError } from '../jobs/types';

/** A depth map in metres. */
export interface DepthMap {
  width: number;
  height: number;
  /** Row-major depths in metres; NaN and infinities as the file had them (float .npy). */
  data: Float64Array;
  /** What the file was: `16-bit PNG`, `8-bit PNG`, `.npy <f4`... */
  kind: string;
  /** True when the values were divided by the scale factor. */
  scaled: boolean;
}

/**
 * Reads `bytes` as a PNG or .npy depth map (recognised by the first bytes).
 * Throws LabInputError naming the file when it is neither, corrupt, a colour
 * PNG, or an unsupported .npy (see readNpy).
 */
export function readDepthMap(bytes: ArrayBuffer, fileName: string, scale: number): DepthMap {
  const u8 = new Uint8Array(bytes);
  if (u8.length === 0) throw new LabInputError(fileName, '', 'the file is empty');
  if (u8[0] === 0x93 && u8[1] === 0x4e) {
    const a = readNpy(bytes, fileName);
    const data = a.integer ? a.data.map((v) => v / scale) : a.data;
    return { width: a.width, height: a.height, data, kind: `.npy ${a.dtype}`, scaled: a.integer };
  }
  if (u8[0] !== 0x89 || u8[1] !== 0x50) {
    throw new LabInputError(fileName, '', 'not a depth map (expected a 16-bit PNG or a .npy file)');
  }
  const png = decodePng(u8, fileName);
  if (png.palette || png.channels > 2) {
    throw new LabInputError(
      fileName,
      '',
      `a ${png.palette ? 'palette' : 'colour'} PNG is not a depth map (expected one grey channel, 16-bit)`,
    );
  }
  const n = png.width * png.height;
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = png.data[i * png.channels]! / scale;
  return { width: png.width, height: png.height, data, kind: `${png.depth}-bit PNG`, scaled: true };
}
