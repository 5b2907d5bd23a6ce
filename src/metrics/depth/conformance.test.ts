import { describe, expect, it } from 'vitest';
import { checkCaseFile } from '../conformance/caseFiles.test-helper';
import { depthEntries } from './entries';

describe('depth conformance', () => {
  it('passes every case of depth.json', () => {
    const { total, failures } = checkCaseFile('depth.json', depthEntries);
    expect(total).toBeGreaterThan(0);
    expect(failures, failures.map((f) => `${f.id}: ${f.reason}`).join('\n')).toEqual([]);
  });
});
