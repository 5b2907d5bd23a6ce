import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../conformance/caseFiles.test-helper';
import { classificationEntries } from './entries';

describe('classification conformance', () => {
  for (const file of ['classification.json', 'cross_entropy.json']) {
    it(`passes every case of ${file}`, () => {
      const { total, failures } = checkCaseFile(file, classificationEntries);
      expect(total).toBeGreaterThan(0);
      expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
    });
  }
});
