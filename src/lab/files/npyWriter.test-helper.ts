/**
 * A .npy writer for tests (unit and e2e): builds a file as numpy.lib.format
 * does (magic, version, little-endian header length, a Python dict literal
 * padded with spaces and ending in a newline so the data starts on a
 * 64-byte boundary), with any dtype, byte order, order and version.
 */

/** What to write. */
export interface NpyWriteOptions {
  /** Values in row-major (C) order. */
  values: ArrayLike<number>;
  shape: number[];
  /** dtype without byte order: f4, f8, u1, u2, i2, i4, u4, i8... (default f8). */
  dtype?: string;
  /** Big-endian data (default little). */
  bigEndian?: boolean;
  /** Write in Fortran (column-major) order (2-D shapes). */
  fortran?: boolean;
  /** Format version 1, 2 or 3 (default 1). */
  version?: 1 | 2 | 3;
  /** Replace the header dict text entirely (for broken headers). */
  headerText?: string;
}

/** Bytes of a .npy file. */
export function writeNpy(o: NpyWriteOptions): Uint8Array {
  const dtype = o.dtype ?? 'f8';
  const size = Number(dtype.slice(1));
  const order = size === 1 ? '|' : o.bigEndian ? '>' : '<';
  const descr = `${order}${dtype}`;
  const shapeText = o.shape.length === 1 ? `(${o.shape[0]},)` : `(${o.shape.join(', ')})`;
  const dict =
    o.headerText ??
    `{'descr': '${descr}', 'fortran_order': ${o.fortran ? 'True' : 'False'}, 'shape': ${shapeText}, }`;
  const version = o.version ?? 1;
  const lenBytes = version === 1 ? 2 : 4;
  const pre = 8 + lenBytes;
  let header = dict;
  const total = pre + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const head = new TextEncoder().encode(header);
  const n = o.values.length;
  const out = new Uint8Array(pre + head.length + n * size);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, version, 0]);
  const view = new DataView(out.buffer);
  if (version === 1) view.setUint16(8, head.length, true);
  else view.setUint32(8, head.length, true);
  out.set(head, pre);
  const little = !o.bigEndian;
  const base = pre + head.length;
  const rows = o.shape[0] ?? 1;
  const cols = n / rows;
  for (let k = 0; k < n; k++) {
    // Fortran order: position k holds element (k % rows, floor(k / rows)).
    const src = o.fortran ? (k % rows) * cols + Math.floor(k / rows) : k;
    const v = o.values[src]!;
    const at = base + k * size;
    switch (dtype) {
      case 'f4':
        view.setFloat32(at, v, little);
        break;
      case 'f8':
        view.setFloat64(at, v, little);
        break;
      case 'u1':
      case 'b1':
        view.setUint8(at, v);
        break;
      case 'i1':
        view.setInt8(at, v);
        break;
      case 'u2':
        view.setUint16(at, v, little);
        break;
      case 'i2':
        view.setInt16(at, v, little);
        break;
      case 'u4':
        view.setUint32(at, v, little);
        break;
      case 'i4':
        view.setInt32(at, v, little);
        break;
      case 'i8':
        view.setBigInt64(at, BigInt(v), little);
        break;
      case 'u8':
        view.setBigUint64(at, BigInt(v), little);
        break;
      default:
        view.setUint8(at, v);
    }
  }
  return out;
}
