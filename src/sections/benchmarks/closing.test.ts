import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('benchmarks closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites MNIST, ILSVRC and COCO', () => {
    const cited = REFERENCES.map((r) => `${r.authors[0] ?? ''} ${r.year} ${r.title}`).join('\n');
    expect(cited).toMatch(/Yann LeCun 1998 .*MNIST/);
    expect(cited).toMatch(/Olga Russakovsky 2015 .*Challenge/);
    expect(cited).toMatch(/Tsung-Yi Lin 2014 .*COCO/);
  });
});
