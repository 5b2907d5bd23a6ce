import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../conformance/caseFiles.test-helper';
import { imageEntries } from './entries';

describe('image family conformance with the reference cases', () => {
  for (const file of ['psnr.json', 'ssim.json', 'lpips_features.json']) {
    it(`passes every case of ${file}`, () => {
      const { total, failures } = checkCaseFile(file, imageEntries);
      expect(total).toBeGreaterThan(0);
      expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
    });
  }
});
