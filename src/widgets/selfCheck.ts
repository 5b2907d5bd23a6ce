/**
 * The logic of a section's self-check: normalising questions, grading
 * answers and counting the score. Kept apart from the component so it can be
 * tested without a DOM.
 */
import type { ReactNode } from 'react';

/** One answer choice. */
export interface SelfCheckChoice {
  id: string;
  text: ReactNode;
}

/** One multiple-choice question. */
export interface SelfCheckQuestion {
  id: string;
  prompt: ReactNode;
  /** The choices: objects with ids, or plain strings (their ids are their indices "0", "1", ...). */
  choices: readonly (SelfCheckChoice | string)[];
  /** The correct choice: its id, or its index in `choices`. */
  answer: string | number;
  /** Shown once the reader has answered, right or wrong. */
  explanation: ReactNode;
}

/** A question with object choices and the answer as a choice id. */
export interface NormalQuestion {
  id: string;
  prompt: ReactNode;
  choices: readonly SelfCheckChoice[];
  answer: string;
  explanation: ReactNode;
}

const LETTERS = ['a', 'b', 'c', 'd'] as const;

/**
 * A question whose plain-string choices get the ids a, b, c, d (in order);
 * `answer` is the index of the right one.
 */
export function letteredQuestion(q: {
  id: string;
  prompt: string;
  choices: string[];
  answer: number;
  explanation: string;
}): SelfCheckQuestion {
  return {
    id: q.id,
    prompt: q.prompt,
    choices: q.choices.map((text, i) => ({ id: LETTERS[i] ?? String(i), text })),
    answer: LETTERS[q.answer] ?? String(q.answer),
    explanation: q.explanation,
  };
}

/** The reader's answers: choice id by question id. */
export type SelfCheckAnswers = Readonly<Record<string, string>>;

/** Turns string choices into `{id: index, text}` and an index answer into that choice's id. */
export function normalizeQuestion(q: SelfCheckQuestion): NormalQuestion {
  const choices = q.choices.map((c, i) => (typeof c === 'string' ? { id: String(i), text: c } : c));
  const answer = typeof q.answer === 'number' ? (choices[q.answer]?.id ?? `#${q.answer}`) : q.answer;
  return { id: q.id, prompt: q.prompt, choices, answer, explanation: q.explanation };
}

/** True when `choiceId` is the question's correct choice. */
export function isCorrect(question: NormalQuestion, choiceId: string): boolean {
  return question.answer === choiceId;
}

/** How many questions were answered, and how many of those correctly. */
export function scoreAnswers(
  questions: readonly NormalQuestion[],
  answers: SelfCheckAnswers,
): { right: number; answered: number; total: number } {
  let right = 0;
  let answered = 0;
  for (const q of questions) {
    const choice = answers[q.id];
    if (choice === undefined) continue;
    answered += 1;
    if (isCorrect(q, choice)) right += 1;
  }
  return { right, answered, total: questions.length };
}

/**
 * Checks that a self-check is well formed and returns it normalised: unique
 * question ids, at least two choices with unique ids, and a correct answer
 * that is one of the choices. Throws an Error naming the question otherwise.
 */
export function checkQuestions(questions: readonly SelfCheckQuestion[]): NormalQuestion[] {
  const seen = new Set<string>();
  return questions.map((raw) => {
    const q = normalizeQuestion(raw);
    if (seen.has(q.id)) throw new Error(`Self-check: question id "${q.id}" is used twice.`);
    seen.add(q.id);
    const ids = q.choices.map((c) => c.id);
    if (ids.length < 2) throw new Error(`Self-check: question "${q.id}" needs at least two choices.`);
    if (new Set(ids).size !== ids.length)
      throw new Error(`Self-check: question "${q.id}" repeats a choice id.`);
    if (!ids.includes(q.answer)) {
      throw new Error(
        `Self-check: the answer "${String(raw.answer)}" of question "${q.id}" is not one of its choices.`,
      );
    }
    return q;
  });
}
