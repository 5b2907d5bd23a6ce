import { describe, expect, it } from 'vitest';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closing';

describe('closing content', () => {
  it('has 3-4 questions, each with a valid answer index and an explanation', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(3);
    expect(QUESTIONS.length).toBeLessThanOrEqual(4);
    for (const q of QUESTIONS) {
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(q.choices.length);
      expect(q.explanation.length).toBeGreaterThan(40);
    }
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  it('asks the production question of the curriculum', () => {
    expect(QUESTIONS.some((q) => /98 % pixel accuracy/.test(q.prompt) && /12 % recall/.test(q.prompt))).toBe(
      true,
    );
  });

  it('the Dice question’s answer follows from Dice = 2 IoU / (1 + IoU)', () => {
    const q = QUESTIONS.find((x) => x.id === 'dice-from-iou')!;
    expect(q.choices[q.answer]).toContain(((2 * 0.5) / 1.5).toFixed(2));
  });

  it('cites Reinke et al. 2024 and gives every reference a DOI or an address', () => {
    expect(REFERENCES.some((r) => r.authors.startsWith('A. Reinke') && r.year === 2024)).toBe(true);
    for (const r of REFERENCES) expect(Boolean(r.doi) || Boolean(r.url)).toBe(true);
    expect(WHAT_TO_REPORT.length).toBeGreaterThanOrEqual(3);
  });
});
