import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('depth closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites Eigen et al. 2014, KITTI, NYU Depth v2 and monodepth2', () => {
    const cited = REFERENCES.map((r) => `${r.authors[0] ?? ''} ${r.year} ${r.title}`).join('\n');
    expect(cited).toMatch(/David Eigen 2014/);
    expect(cited).toMatch(/Andreas Geiger 2012 .*KITTI/);
    expect(cited).toMatch(/Nathan Silberman 2012 .*NYU Depth v2/);
    expect(cited).toMatch(/Clément Godard 2019 .*monodepth2/);
  });
});
