import { describe, expect, it } from 'vitest';
import { checkQuestions } from '../../widgets/selfCheck';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closingContent';

describe('detection closing content', () => {
  it('has 3 to 4 valid questions whose right answers are not all in the same place', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(3);
    expect(QUESTIONS.length).toBeLessThanOrEqual(4);
    expect(() => checkQuestions(QUESTIONS)).not.toThrow();
    for (const q of QUESTIONS) {
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(q.choices.length);
      expect(q.explanation.length).toBeGreaterThan(20);
    }
    expect(new Set(QUESTIONS.map((q) => q.answer)).size).toBeGreaterThan(2);
  });

  it('cites PASCAL VOC, COCO and the pycocotools code, and says what to report', () => {
    const cited = REFERENCES.map((r) => `${r.year} ${r.title}`).join('\n');
    expect(cited).toMatch(/2010 The PASCAL Visual Object Classes/);
    expect(cited).toMatch(/2014 Microsoft COCO/);
    expect(cited).toMatch(/pycocotools/);
    expect(WHAT_TO_REPORT.length).toBeGreaterThan(2);
  });
});
