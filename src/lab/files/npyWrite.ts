/**
 * Writes a 2-D float array as a .npy file (format 1.0, little-endian, C
 * order), as `numpy.save` does: for the Lab's built-in examples.
 */

/** Bytes of a .npy file holding `values` (row-major) as float32 (`<f4`) or float64 (`<f8`) of shape (height, width). */
export function writeFloatNpy(
  values: ArrayLike<number>,
  height: number,
  width: number,
  dtype: 'f4' | 'f8',
): Uint8Array {
  let header = `{'descr': '<${dtype}', 'fortran_order': False, 'shape': (${height}, ${width}), }`;
  const pre = 10;
  header += ' '.repeat((64 - ((pre + header.length + 1) % 64)) % 64) + '\n';
  const head = new TextEncoder().encode(header);
  const size = dtype === 'f4' ? 4 : 8;
  const out = new Uint8Array(pre + head.length + values.length * size);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  const view = new DataView(out.buffer);
  view.setUint16(8, head.length, true);
  out.set(head, pre);
  const base = pre + head.length;
  for (let k = 0; k < values.length; k++) {
    if (dtype === 'f4') view.setFloat32(base + 4 * k, values[k]!, true);
    else view.setFloat64(base + 8 * k, values[k]!, true);
  }
  return out;
}
