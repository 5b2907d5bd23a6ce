import { describe, expect, it } from 'vitest';
import { describeCell } from './confusionView';

const names = ['background', 'sidewalk', 'car', 'person'];

describe('describeCell', () => {
  it('names a diagonal cell as true positives', () => {
    expect(describeCell(names, 3, 3, 94, 0.752)).toBe(
      '94 pixels of person were predicted as person (75.2 % of all person pixels): correct, the true positives of person.',
    );
  });

  it('names an off-diagonal cell as a false negative of the row and a false positive of the column', () => {
    expect(describeCell(names, 3, 0, 1, null)).toBe(
      '1 pixel of person was predicted as background: wrong, so false negatives of person and false positives of background.',
    );
  });
});
