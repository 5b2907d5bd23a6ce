import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('text-to-image closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites CLIPScore, CLIP, DrawBench, the bag-of-words studies and two compositional benchmarks', () => {
    const cited = REFERENCES.map((r) => `${String(r.authors[0])} ${r.year} ${r.title}`).join('\n');
    for (const re of [
      /Jack Hessel 2021 CLIPScore/,
      /Alec Radford 2021/,
      /Chitwan Saharia 2022 .*DrawBench/,
      /Mert Yuksekgonul 2023/,
      /Tristan Thrush 2022 Winoground/,
      /Kaiyi Huang 2023 T2I-CompBench/,
      /Dhruba Ghosh 2023 GenEval/,
    ])
      expect(cited).toMatch(re);
  });
});
