/**
 * A reader of NumPy `.npy` files (format versions 1.0, 2.0 and 3.0, as
 * `numpy.lib.format` writes them) for one 2-D array: a depth map of H x W, or
 * H x W x 1. Numeric dtypes of either byte order, C or Fortran order. Anything
 * else (structured or object dtypes, other shapes, a truncated file) is a
 * LabInputError naming the file and the problem.
 */
import { LabInputError } from '../jobs/types';

/** A 2-D array read from a .npy file, as float64 in row-major (C) order. */
export interface NpyArray {
  width: number;
  height: number;
  /** Row-major values, height x width. */
  data: Float64Array;
  /** The dtype as the file spells it (`<f4`, `>u2`...). */
  dtype: string;
  /** True for integer and boolean dtypes. */
  integer: boolean;
  /** The shape as the file gives it. */
  shape: number[];
}

/** The parsed header dict of a .npy file. */
export interface NpyHeader {
  descr: string;
  fortranOrder: boolean;
  shape: number[];
  /** Byte offset of the data. */
  dataOffset: number;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

type Literal = string | boolean | number | Literal[] | { [key: string]: Literal };

/** A tiny reader of the Python literal the header holds: dict, tuple, list, str, int, True/False. */
class LiteralReader {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly fail: (problem: string) => never,
  ) {}

  private skip(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i++;
  }

  private expect(ch: string): void {
    this.skip();
    if (this.s[this.i] !== ch) this.fail(`expected "${ch}" at character ${this.i + 1} of the header`);
    this.i++;
  }

  /** Reads the whole text as one literal; only whitespace may follow. */
  readAll(): Literal {
    const v = this.value();
    this.skip();
    if (this.i !== this.s.length) this.fail(`unexpected text at character ${this.i + 1} of the header`);
    return v;
  }

  private value(): Literal {
    this.skip();
    const c = this.s[this.i];
    if (c === '{') return this.dict();
    if (c === '(') return this.sequence('(', ')');
    if (c === '[') return this.sequence('[', ']');
    if (c === "'" || c === '"') return this.string();
    const word = /^(True|False|-?\d+L?)/.exec(this.s.slice(this.i));
    if (!word) this.fail(`cannot read the header at character ${this.i + 1}`);
    this.i += word[0].length;
    if (word[0] === 'True') return true;
    if (word[0] === 'False') return false;
    return Number(word[0].replace('L', ''));
  }

  private string(): string {
    const q = this.s[this.i]!;
    const end = this.s.indexOf(q, this.i + 1);
    if (end < 0) this.fail('unterminated string in the header');
    const out = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    return out;
  }

  private sequence(open: string, close: string): Literal[] {
    this.expect(open);
    const out: Literal[] = [];
    for (;;) {
      this.skip();
      if (this.s[this.i] === close) break;
      out.push(this.value());
      this.skip();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== close)
        this.fail(`expected "," or "${close}" at character ${this.i + 1} of the header`);
    }
    this.i++;
    return out;
  }

  private dict(): { [key: string]: Literal } {
    this.expect('{');
    const out: { [key: string]: Literal } = {};
    for (;;) {
      this.skip();
      if (this.s[this.i] === '}') break;
      if (this.s[this.i] !== "'" && this.s[this.i] !== '"') this.fail('header keys must be strings');
      const key = this.string();
      this.expect(':');
      out[key] = this.value();
      this.skip();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}')
        this.fail(`expected "," or "}" at character ${this.i + 1} of the header`);
    }
    this.i++;
    return out;
  }
}

/**
 * Reads the magic string, version and header dict of a .npy file. Throws
 * LabInputError (naming `fileName`) when the file is not a .npy file, has an
 * unknown version, or a header without `descr`, `fortran_order` and `shape`.
 */
export function readNpyHeader(bytes: ArrayBuffer, fileName: string): NpyHeader {
  const u8 = new Uint8Array(bytes);
  const fail = (problem: string): never => {
    throw new LabInputError(fileName, 'header', problem);
  };
  if (u8.length < 10 || MAGIC.some((b, k) => u8[k] !== b)) {
    throw new LabInputError(fileName, '', 'not a .npy file (it does not start with \\x93NUMPY)');
  }
  const major = u8[6]!;
  const minor = u8[7]!;
  if (major < 1 || major > 3 || minor !== 0) fail(`unsupported .npy format version ${major}.${minor}`);
  const view = new DataView(bytes);
  const lenBytes = major === 1 ? 2 : 4;
  if (u8.length < 8 + lenBytes) fail('the file ends inside the header');
  const headerLen = major === 1 ? view.getUint16(8, true) : view.getUint32(8, true);
  const start = 8 + lenBytes;
  if (start + headerLen > u8.length)
    fail(`the header says it is ${headerLen} bytes long but the file ends first`);
  const text = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(
    u8.subarray(start, start + headerLen),
  );
  const dict = new LiteralReader(text.trim(), fail).readAll();
  if (typeof dict !== 'object' || Array.isArray(dict)) return fail('the header is not a dict');
  const { descr, fortran_order: fortran, shape } = dict;
  if (descr === undefined) fail('no "descr" key');
  if (typeof descr !== 'string')
    fail(`unsupported dtype ${JSON.stringify(descr)} (structured arrays are not depth maps)`);
  if (typeof fortran !== 'boolean') fail('"fortran_order" is missing or not True/False');
  if (!Array.isArray(shape) || shape.some((d) => typeof d !== 'number' || !Number.isInteger(d) || d < 0)) {
    fail('"shape" is missing or not a tuple of whole numbers');
  }
  return {
    descr: descr as string,
    fortranOrder: fortran as boolean,
    shape: shape as number[],
    dataOffset: start + headerLen,
  };
}

interface DtypeReader {
  size: number;
  integer: boolean;
  read(view: DataView, offset: number): number;
}

/** How to read one element of a dtype, or null when it is not supported. */
function dtypeReader(descr: string): DtypeReader | null {
  const m = /^([<>|=]?)([fiub])(\d+)$/.exec(descr);
  if (!m) return null;
  const little = m[1] !== '>';
  const kind = m[2]!;
  const size = Number(m[3]);
  const key = `${kind}${size}`;
  const readers: Record<string, (v: DataView, o: number) => number> = {
    f4: (v, o) => v.getFloat32(o, little),
    f8: (v, o) => v.getFloat64(o, little),
    i1: (v, o) => v.getInt8(o),
    u1: (v, o) => v.getUint8(o),
    b1: (v, o) => v.getUint8(o),
    i2: (v, o) => v.getInt16(o, little),
    u2: (v, o) => v.getUint16(o, little),
    i4: (v, o) => v.getInt32(o, little),
    u4: (v, o) => v.getUint32(o, little),
    i8: (v, o) => Number(v.getBigInt64(o, little)),
    u8: (v, o) => Number(v.getBigUint64(o, little)),
  };
  const read = readers[key];
  return read ? { size, integer: kind !== 'f', read } : null;
}

/**
 * Reads a .npy file holding one 2-D numeric array (shape (H, W) or
 * (H, W, 1)); dtypes f4, f8, i1/u1, i2/u2, i4/u4, i8/u8 and b1, little or big
 * endian, C or Fortran order. Returns the values as float64, row-major.
 * Throws LabInputError naming the file for anything else: not a .npy file,
 * a corrupt header, an unsupported dtype (e.g. `<f2`, `<c8`, `|O`,
 * structured), another shape, or data shorter or longer than the shape says.
 */
export function readNpy(bytes: ArrayBuffer, fileName: string): NpyArray {
  const h = readNpyHeader(bytes, fileName);
  const reader = dtypeReader(h.descr);
  if (!reader) {
    throw new LabInputError(
      fileName,
      '',
      `unsupported dtype "${h.descr}" (use float32, float64 or an integer type)`,
    );
  }
  const s = h.shape;
  const ok = s.length === 2 || (s.length === 3 && s[2] === 1);
  if (!ok || s[0] === 0 || s[1] === 0) {
    throw new LabInputError(
      fileName,
      '',
      `shape (${s.join(', ')}${s.length === 1 ? ',' : ''}) is not a 2-D map (expected (H, W) or (H, W, 1))`,
    );
  }
  const height = s[0]!;
  const width = s[1]!;
  const n = width * height;
  const dataBytes = bytes.byteLength - h.dataOffset;
  if (dataBytes !== n * reader.size) {
    throw new LabInputError(
      fileName,
      'data',
      `shape (${s.join(', ')}) of ${h.descr} needs ${n * reader.size} bytes, the file has ${dataBytes}`,
    );
  }
  const view = new DataView(bytes, h.dataOffset);
  const data = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = reader.read(view, k * reader.size);
    // Fortran order: element (i, j) is stored at j * H + i.
    const dst = h.fortranOrder ? (k % height) * width + Math.floor(k / height) : k;
    data[dst] = v;
  }
  return { width, height, data, dtype: h.descr, integer: reader.integer, shape: [...s] };
}
