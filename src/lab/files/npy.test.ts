import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readNpy, readNpyHeader } from './npy';
import { writeNpy } from './npyWriter.test-helper';
import { LabInputError } from '../jobs/types';

const buf = (u8: Uint8Array): ArrayBuffer => u8.slice().buffer;

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(LabInputError);
    return (e as Error).message;
  }
  throw new Error('did not throw');
}

describe('readNpyHeader', () => {
  it('reads a hand-made version 1.0 header', () => {
    const h = readNpyHeader(
      buf(writeNpy({ values: [1, 2, 3, 4, 5, 6], shape: [2, 3], dtype: 'f4' })),
      'a.npy',
    );
    expect(h).toMatchObject({ descr: '<f4', fortranOrder: false, shape: [2, 3] });
    expect(h.dataOffset % 64).toBe(0);
  });

  it('reads versions 2.0 and 3.0 (4-byte header length) and double-quoted keys', () => {
    for (const version of [2, 3] as const) {
      const bytes = writeNpy({
        values: [1, 2],
        shape: [1, 2],
        version,
        headerText: `{"descr": "<f8", "fortran_order": False, "shape": (1, 2)}`,
      });
      expect(readNpy(buf(bytes), 'a.npy').data).toEqual(new Float64Array([1, 2]));
    }
  });

  it('names the file and the problem for a corrupt header', () => {
    const broken = writeNpy({
      values: [1],
      shape: [1, 1],
      headerText: "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 1",
    });
    expect(problem(() => readNpy(buf(broken), 'gt.npy'))).toMatch(/^gt\.npy, header: /);
    const noShape = writeNpy({
      values: [1],
      shape: [1, 1],
      headerText: "{'descr': '<f8', 'fortran_order': False}",
    });
    expect(problem(() => readNpy(buf(noShape), 'gt.npy'))).toContain('"shape"');
    expect(problem(() => readNpy(buf(new TextEncoder().encode('hello world, not numpy')), 'x.npy'))).toBe(
      'x.npy: not a .npy file (it does not start with \\x93NUMPY)',
    );
    const v9 = writeNpy({ values: [1], shape: [1, 1] });
    v9[6] = 9;
    expect(problem(() => readNpy(buf(v9), 'v.npy'))).toContain('version 9.0');
  });

  it('refuses a header length beyond the end of the file', () => {
    const bytes = writeNpy({ values: [1], shape: [1, 1] });
    new DataView(bytes.buffer).setUint16(8, 60000, true);
    expect(problem(() => readNpy(buf(bytes), 'a.npy'))).toContain('file ends first');
  });
});

describe('readNpy', () => {
  it('reads every supported dtype in both byte orders', () => {
    const values = [0, 1, 2, 100, 7, 3];
    for (const dtype of ['f4', 'f8', 'u1', 'i1', 'u2', 'i2', 'u4', 'i4', 'i8', 'u8']) {
      for (const bigEndian of [false, true]) {
        const r = readNpy(buf(writeNpy({ values, shape: [2, 3], dtype, bigEndian })), 'a.npy');
        expect(Array.from(r.data)).toEqual(values);
        expect(r.integer).toBe(dtype[0] !== 'f');
      }
    }
  });

  it('reads Fortran order into row-major and H x W x 1 shapes', () => {
    const values = [1, 2, 3, 4, 5, 6];
    const f = readNpy(buf(writeNpy({ values, shape: [2, 3], fortran: true })), 'f.npy');
    expect(Array.from(f.data)).toEqual(values);
    const three = readNpy(buf(writeNpy({ values, shape: [3, 2, 1] })), 'c.npy');
    expect([three.width, three.height]).toEqual([2, 3]);
  });

  it('refuses unsupported dtypes, shapes and data lengths with specific messages', () => {
    const half = writeNpy({
      values: [1],
      shape: [1, 1],
      headerText: "{'descr': '<f2', 'fortran_order': False, 'shape': (1, 1), }",
    });
    expect(problem(() => readNpy(buf(half), 'p.npy'))).toBe(
      'p.npy: unsupported dtype "<f2" (use float32, float64 or an integer type)',
    );
    const structured = writeNpy({
      values: [1],
      shape: [1, 1],
      headerText: "{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1, 1), }",
    });
    expect(problem(() => readNpy(buf(structured), 'p.npy'))).toContain('unsupported dtype');
    expect(problem(() => readNpy(buf(writeNpy({ values: [1, 2], shape: [2] })), 'p.npy'))).toContain(
      'shape (2,) is not a 2-D map',
    );
    expect(
      problem(() => readNpy(buf(writeNpy({ values: [1, 2, 3, 4], shape: [1, 2, 2] })), 'p.npy')),
    ).toContain('is not a 2-D map');
    const short = writeNpy({ values: [1, 2, 3, 4], shape: [2, 2] }).slice(0, -3);
    expect(problem(() => readNpy(buf(short), 'p.npy'))).toBe(
      'p.npy, data: shape (2, 2) of <f8 needs 32 bytes, the file has 29',
    );
  });

  it('round-trips any 2-D array, dtype, byte order, order and version (fast-check)', () => {
    const dtypes = ['f8', 'f4', 'u1', 'u2', 'i2', 'i4'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...dtypes),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(1 as const, 2 as const, 3 as const),
        fc.integer({ min: 0, max: 1 << 30 }),
        (h, w, dtype, bigEndian, fortran, version, seed) => {
          const values = Array.from({ length: h * w }, (_, k) => {
            const x = (seed + k * 2654435761) % 65536;
            if (dtype === 'u1') return x % 256;
            if (dtype === 'i2') return (x % 65536) - 32768;
            if (dtype === 'f4') return Math.fround(x / 7);
            if (dtype === 'f8') return x / 7;
            return x;
          });
          const r = readNpy(
            buf(writeNpy({ values, shape: [h, w], dtype, bigEndian, fortran, version })),
            'r.npy',
          );
          expect([r.height, r.width]).toEqual([h, w]);
          expect(Array.from(r.data)).toEqual(values);
        },
      ),
    );
  });
});
