import { describe, expect, it } from 'vitest';
import { checkQuestions } from '../../widgets/selfCheck';
import { citationText } from '../../widgets/references';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closingContent';

describe('the pose section’s closing parts', () => {
  it('has 3 or 4 well-formed self-check questions', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(3);
    expect(QUESTIONS.length).toBeLessThanOrEqual(4);
    expect(() => checkQuestions(QUESTIONS)).not.toThrow();
  });

  it('cites the COCO keypoint evaluation, MPII (PCKh) and LSP (PCK)', () => {
    const text = REFERENCES.map(citationText).join('\n');
    expect(text).toMatch(/Lin.*2014.*COCO/);
    expect(text).toMatch(/cocodataset\.org/);
    expect(text).toMatch(/Andriluka.*2014/);
    expect(text).toMatch(/Johnson and Mark Everingham \(2010\)/);
    expect(WHAT_TO_REPORT.length).toBeGreaterThan(2);
  });
});
