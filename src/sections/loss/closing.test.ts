import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('loss closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites Guo et al. 2017 and a leakage reference', () => {
    const cited = REFERENCES.map((r) => `${r.authors[0] ?? ''} ${r.year} ${r.title}`).join('\n');
    expect(cited).toMatch(/Chuan Guo 2017 .*Calibration/);
    expect(cited).toMatch(/Shachar Kaufman 2012 .*Leakage/);
  });
});
