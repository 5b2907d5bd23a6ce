import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('generative closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites FID, IS, their critiques and precision/recall', () => {
    const cited = REFERENCES.map((r) => `${String(r.authors[0])} ${r.year}`).join('\n');
    for (const who of [
      'Martin Heusel 2017',
      'Tim Salimans 2016',
      'Shane Barratt 2018',
      'Gaurav Parmar 2022',
      'Tuomas Kynkäänniemi 2019',
      'Min Jin Chong 2020',
    ])
      expect(cited).toContain(who);
  });
});
