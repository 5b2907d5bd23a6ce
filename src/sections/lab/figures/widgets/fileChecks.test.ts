import { describe, expect, it } from 'vitest';
import { describeAccept, extensionOf, fileProblem, LAB_CAPS, readProblem } from './fileChecks';

const json = { accept: ['.json'], maxBytes: LAB_CAPS.json };

describe('fileProblem', () => {
  it('accepts a file of an accepted extension, any case, within the cap', () => {
    expect(fileProblem({ name: 'Results.JSON', size: 10 }, json)).toBeNull();
  });

  it('refuses a wrong type, naming the file and the expected types', () => {
    expect(fileProblem({ name: 'photo.jpg', size: 10 }, json)).toBe(
      'photo.jpg is not a file this input reads (expected .json). Nothing was loaded.',
    );
    expect(fileProblem({ name: 'noext', size: 10 }, { accept: ['.png', '.npy'], maxBytes: 10 })).toContain(
      'expected .png or .npy',
    );
  });

  it('refuses a file over the cap, stating its size and the cap', () => {
    expect(fileProblem({ name: 'big.json', size: 600 * 1024 * 1024 }, json)).toBe(
      'big.json is 600 MB, over this input’s cap of 512 MB. Nothing was loaded.',
    );
  });

  it('refuses an empty file', () => {
    expect(fileProblem({ name: 'gt.json', size: 0 }, json)).toBe(
      'gt.json is empty (0 bytes). Nothing was loaded.',
    );
  });
});

describe('helpers', () => {
  it('reads extensions', () => {
    expect([extensionOf('a.tar.gz'), extensionOf('.hidden'), extensionOf('x')]).toEqual(['.gz', '', '']);
  });

  it('lists accepted types', () => {
    expect(describeAccept(['.png', '.jpg', '.webp'])).toBe('.png, .jpg or .webp');
  });

  it('names the file in a read failure', () => {
    expect(readProblem('a.png', new Error('The file could not be read.'))).toBe(
      'a.png could not be read: The file could not be read. Nothing was loaded.',
    );
  });
});
