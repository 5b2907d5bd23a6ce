import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../conformance/caseFiles.test-helper';
import { generativeEntries } from './entries';

describe('generative family conformance with the reference cases', () => {
  for (const file of [
    'frechet_distance.json',
    'fid_features.json',
    'inception_score.json',
    'clip_score.json',
  ]) {
    it(`passes every case of ${file}`, () => {
      const { total, failures } = checkCaseFile(file, generativeEntries);
      expect(total).toBeGreaterThan(0);
      expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
    });
  }
});
