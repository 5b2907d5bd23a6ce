import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../conformance/caseFiles.test-helper';
import { keypointsEntries } from './entries';

describe('keypoints conformance', () => {
  for (const file of ['oks.json', 'pck.json']) {
    it(`passes every case of ${file}`, () => {
      const { total, failures } = checkCaseFile(file, keypointsEntries);
      expect(total).toBeGreaterThan(0);
      expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
    });
  }
});
