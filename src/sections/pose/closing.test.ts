import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { citationText } from '../../widgets/references';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('the pose section’s closing parts', () => {
  it('has 3 or 4 well-formed self-check questions and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites the COCO keypoint evaluation, MPII (PCKh) and LSP (PCK)', () => {
    const text = REFERENCES.map(citationText).join('\n');
    expect(text).toMatch(/Lin.*2014.*COCO/);
    expect(text).toMatch(/cocodataset\.org/);
    expect(text).toMatch(/Andriluka.*2014/);
    expect(text).toMatch(/Johnson and Mark Everingham \(2010\)/);
    // the left/right inversions and the annotation floor (issue 15 item 6)
    expect(text).toMatch(/Ronchi and Pietro Perona \(2017\).*Error Diagnosis in Multi-Instance Pose/);
  });
});
