import { describe, expect, it } from 'vitest';
import { expectWellFormedClosing } from '../../widgets/closingContent.test-helper';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('choosing closing content', () => {
  it('has 3 to 4 questions with explanations, answers in different places, and report items', () => {
    expectWellFormedClosing(QUESTIONS, WHAT_TO_REPORT);
  });

  it('cites Metrics Reloaded', () => {
    expect(REFERENCES.map((r) => `${r.authors[0] ?? ''} ${r.year} ${r.title}`).join('\n')).toMatch(
      /Lena Maier-Hein 2024 .*Metrics reloaded/,
    );
  });
});
