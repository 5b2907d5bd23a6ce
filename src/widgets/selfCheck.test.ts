import { describe, expect, it } from 'vitest';
import {
  letteredQuestion,
  checkQuestions,
  isCorrect,
  normalizeQuestion,
  scoreAnswers,
  type SelfCheckQuestion,
} from './selfCheck';

const q = (id: string, answer = 'no'): SelfCheckQuestion => ({
  id,
  prompt: `Question ${id}`,
  choices: [
    { id: 'yes', text: 'Yes' },
    { id: 'no', text: 'No' },
  ],
  answer,
  explanation: 'Because.',
});

describe('self-check logic', () => {
  it('grades an answer against the correct choice', () => {
    expect(isCorrect(normalizeQuestion(q('a')), 'no')).toBe(true);
    expect(isCorrect(normalizeQuestion(q('a')), 'yes')).toBe(false);
  });

  it('accepts plain-string choices with the answer as an index', () => {
    const n = normalizeQuestion({
      id: 'x',
      prompt: 'P',
      choices: ['A', 'B', 'C'],
      answer: 2,
      explanation: 'E',
    });
    expect(n.choices).toEqual([
      { id: '0', text: 'A' },
      { id: '1', text: 'B' },
      { id: '2', text: 'C' },
    ]);
    expect(isCorrect(n, '2')).toBe(true);
    expect(isCorrect(n, '0')).toBe(false);
    expect(() =>
      checkQuestions([{ id: 'y', prompt: 'P', choices: ['A', 'B'], answer: 5, explanation: '' }]),
    ).toThrow(/"5" of question "y"/);
  });

  it('counts only answered questions', () => {
    const questions = checkQuestions([q('a'), q('b'), q('c', 'yes')]);
    expect(scoreAnswers(questions, {})).toEqual({ right: 0, answered: 0, total: 3 });
    expect(scoreAnswers(questions, { a: 'no', c: 'no' })).toEqual({ right: 1, answered: 2, total: 3 });
  });

  it('accepts well-formed questions', () => {
    expect(() => checkQuestions([q('a'), q('b')])).not.toThrow();
  });

  it('names the question with an answer that is not a choice, a duplicate id, or too few choices', () => {
    expect(() => checkQuestions([q('a', 'maybe')])).toThrow(/"maybe".*"a"/);
    expect(() => checkQuestions([q('a'), q('a')])).toThrow(/"a" is used twice/);
    expect(() => checkQuestions([{ ...q('b'), choices: [{ id: 'no', text: 'No' }] }])).toThrow(/"b"/);
    expect(() =>
      checkQuestions([
        {
          ...q('c'),
          choices: [
            { id: 'no', text: 'No' },
            { id: 'no', text: 'Nope' },
          ],
        },
      ]),
    ).toThrow(/"c" repeats/);
  });

  it('letters plain-string choices a, b, c, d and names the answer by its letter', () => {
    const q = letteredQuestion({
      id: 'q',
      prompt: 'P',
      choices: ['x', 'y', 'z'],
      answer: 2,
      explanation: 'E',
    });
    expect(q.choices).toEqual([
      { id: 'a', text: 'x' },
      { id: 'b', text: 'y' },
      { id: 'c', text: 'z' },
    ]);
    expect(q.answer).toBe('c');
    expect(isCorrect(normalizeQuestion(q), 'c')).toBe(true);
  });
});
