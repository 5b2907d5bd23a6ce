import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../conformance/caseFiles.test-helper';
import { detectionEntries } from './entries';

describe('detection conformance', () => {
  for (const file of ['box_iou.json', 'voc_ap.json']) {
    it(`passes every case of ${file}`, () => {
      const { total, failures } = checkCaseFile(file, detectionEntries);
      expect(total).toBeGreaterThan(0);
      expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
    });
  }
});
