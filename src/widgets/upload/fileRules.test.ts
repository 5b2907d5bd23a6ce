import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, fileProblem, fitSize, sizeProblem } from './fileRules';

describe('rules for the reader’s images', () => {
  it('refuses empty and oversized files before reading them', () => {
    expect(fileProblem({ name: 'a.png', size: 0 })).toMatch(/empty/);
    expect(fileProblem({ name: 'a.png', size: MAX_FILE_BYTES + 1 })).toMatch(/20 MB/);
    expect(fileProblem({ name: 'a.png', size: MAX_FILE_BYTES })).toBeNull();
  });

  it('refuses images over 8,000 pixels a side or under 11', () => {
    expect(sizeProblem('big.png', 8001, 10)).toMatch(/8,000/);
    expect(sizeProblem('tiny.png', 10, 300)).toMatch(/11/);
    expect(sizeProblem('ok.png', 8000, 11)).toBeNull();
  });

  it('scales the longer side down to 512 and leaves small images as they are', () => {
    expect(fitSize(1024, 768)).toEqual({ width: 512, height: 384 });
    expect(fitSize(600, 400)).toEqual({ width: 512, height: 341 });
    expect(fitSize(300, 200)).toEqual({ width: 300, height: 200 });
    expect(fitSize(8000, 100)).toEqual({ width: 512, height: 11 });
  });
});
