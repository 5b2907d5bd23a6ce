import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('detection closing content', () => {
  it('has 3 to 4 valid questions whose right answers are not all in the same place', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT, 3);
  });

  it('cites PASCAL VOC, COCO and the pycocotools code, and says what to report', () => {
    const cited = REFERENCES.map((r) => `${r.year} ${r.title}`).join('\n');
    expect(cited).toMatch(/2010 The PASCAL Visual Object Classes/);
    expect(cited).toMatch(/2014 Microsoft COCO/);
    expect(cited).toMatch(/pycocotools/);
  });
});
