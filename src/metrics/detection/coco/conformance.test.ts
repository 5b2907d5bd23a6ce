import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../../conformance/caseFiles.test-helper';
import { cocoEntries } from './entries';

describe('coco_eval conformance', () => {
  it('reproduces every pycocotools case of coco_eval.json', () => {
    const { total, failures } = checkCaseFile('coco_eval.json', cocoEntries);
    expect(total).toBe(12);
    expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
  });
});
