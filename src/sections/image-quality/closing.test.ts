import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('image-quality closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites Wang et al. 2004 and Zhang et al. 2018', () => {
    const cited = REFERENCES.map((r) => `${String(r.authors[0])} ${r.year} ${r.venue}`).join('\n');
    expect(cited).toMatch(/Zhou Wang 2004 IEEE Transactions on Image Processing/);
    expect(cited).toMatch(/Richard Zhang 2018 .*CVPR/);
  });
});
