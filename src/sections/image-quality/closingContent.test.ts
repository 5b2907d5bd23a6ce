import { describe, expect, it } from 'vitest';
import { checkQuestions } from '../../widgets/selfCheck';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closingContent';

describe('image-quality closing content', () => {
  it('has 3 to 4 questions, each with a valid answer and an explanation', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(3);
    expect(QUESTIONS.length).toBeLessThanOrEqual(4);
    expect(() => checkQuestions(QUESTIONS)).not.toThrow();
    for (const q of QUESTIONS) expect(String(q.explanation).length).toBeGreaterThan(20);
    expect(new Set(QUESTIONS.map((q) => q.answer)).size).toBeGreaterThan(1);
  });

  it('cites Wang et al. 2004 and Zhang et al. 2018', () => {
    const cited = REFERENCES.map((r) => `${String(r.authors[0])} ${r.year} ${r.venue}`).join('\n');
    expect(cited).toMatch(/Zhou Wang 2004 IEEE Transactions on Image Processing/);
    expect(cited).toMatch(/Richard Zhang 2018 .*CVPR/);
    expect(WHAT_TO_REPORT.length).toBeGreaterThan(2);
  });
});
