/**
 * Test helper for a section's closingContent module: the checks every
 * section's self-check and "what to report" list must pass.
 */
import { expect } from 'vitest';
import { checkQuestions, type SelfCheckQuestion } from './selfCheck';

/**
 * Expects 3 to 4 well-formed questions, each with an explanation of more than
 * 20 characters, whose right answers sit in at least `minAnswerPlaces` different
 * places, and more than two "what to report" items.
 */
export function expectWellFormedClosing(
  questions: readonly SelfCheckQuestion[],
  whatToReport: readonly unknown[],
  minAnswerPlaces = 2,
): void {
  expect(questions.length).toBeGreaterThanOrEqual(3);
  expect(questions.length).toBeLessThanOrEqual(4);
  expect(() => checkQuestions(questions)).not.toThrow();
  for (const q of questions) {
    expect(typeof q.explanation).toBe('string');
    expect(String(q.explanation).length).toBeGreaterThan(20);
  }
  expect(new Set(questions.map((q) => q.answer)).size).toBeGreaterThanOrEqual(minAnswerPlaces);
  expect(whatToReport.length).toBeGreaterThan(2);
}
