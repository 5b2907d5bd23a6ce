import { describe, expect, it } from 'vitest';
import { checkQuestions } from '../../widgets/selfCheck';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closingContent';

describe('depth closing content', () => {
  it('has 3 to 4 questions, each with a valid answer index and an explanation', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(3);
    expect(QUESTIONS.length).toBeLessThanOrEqual(4);
    expect(() => checkQuestions(QUESTIONS)).not.toThrow();
    for (const q of QUESTIONS) expect(String(q.explanation).length).toBeGreaterThan(20);
    // the right answers are not all in the same place
    expect(new Set(QUESTIONS.map((q) => q.answer)).size).toBeGreaterThan(1);
  });

  it('cites Eigen et al. 2014, KITTI, NYU Depth v2 and monodepth2', () => {
    const cited = REFERENCES.map((r) => `${r.authors[0] ?? ''} ${r.year} ${r.title}`).join('\n');
    expect(cited).toMatch(/David Eigen 2014/);
    expect(cited).toMatch(/Andreas Geiger 2012 .*KITTI/);
    expect(cited).toMatch(/Nathan Silberman 2012 .*NYU Depth v2/);
    expect(cited).toMatch(/Clément Godard 2019 .*monodepth2/);
    expect(WHAT_TO_REPORT.length).toBeGreaterThan(2);
  });
});
