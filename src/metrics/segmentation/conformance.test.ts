import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../conformance/caseFiles.test-helper';
import { segmentationEntries } from './entries';

describe('segmentation conformance', () => {
  for (const file of ['segmentation.json', 'binary_mask.json']) {
    it(`passes every case of ${file}`, () => {
      const { total, failures } = checkCaseFile(file, segmentationEntries);
      expect(total).toBeGreaterThan(0);
      expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
    });
  }
});
