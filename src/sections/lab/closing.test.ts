import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('lab closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites the tools the Lab reproduces: COCO, SSIM, scikit-image, MMSegmentation, monodepth2', () => {
    const cited = REFERENCES.map((r) => `${String(r.authors)} ${r.year} ${r.title}`).join('\n');
    for (const name of ['COCO', 'structural similarity', 'scikit-image', 'MMSegmentation', 'monodepth2'])
      expect(cited).toContain(name);
  });
});
