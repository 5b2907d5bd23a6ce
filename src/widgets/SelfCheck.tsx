/**
 * The self-check that ends every section: 3-4 multiple-choice questions.
 * Answering sets `data-correct="true|false"` on the question and reveals the
 * explanation; the reader may change an answer.
 */
import { useId, useMemo, useState } from 'react';
import { messages } from '../i18n/messages';
import {
  checkQuestions,
  isCorrect,
  scoreAnswers,
  type SelfCheckAnswers,
  type SelfCheckQuestion,
} from './selfCheck';

/** Props of SelfCheck. */
export interface SelfCheckProps {
  questions: readonly SelfCheckQuestion[];
  /** Heading; default "Check yourself". */
  title?: string;
  /** Optional id, written as `data-selfcheck` (e.g. `detection.selfcheck`). */
  id?: string;
}

/** Multiple-choice questions with instant feedback and explanations. */
export function SelfCheck({ questions: raw, title = messages.selfCheck.heading, id }: SelfCheckProps) {
  const questions = useMemo(() => checkQuestions(raw), [raw]);
  const uid = useId();
  const [answers, setAnswers] = useState<SelfCheckAnswers>({});
  const score = scoreAnswers(questions, answers);
  return (
    <section className="ba-selfcheck" data-selfcheck={id} aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>{title}</h2>
      <ol className="ba-selfcheck__list">
        {questions.map((q) => {
          const choice = answers[q.id];
          const correct = choice === undefined ? undefined : isCorrect(q, choice);
          return (
            <li
              key={q.id}
              className="ba-selfcheck__question"
              data-question={q.id}
              data-correct={correct === undefined ? undefined : String(correct)}
            >
              <fieldset>
                <legend className="ba-selfcheck__prompt">{q.prompt}</legend>
                {q.choices.map((c) => (
                  <label key={c.id} className="ba-selfcheck__choice">
                    <input
                      type="radio"
                      name={`${uid}-${q.id}`}
                      value={c.id}
                      checked={choice === c.id}
                      onChange={() => setAnswers((prev) => ({ ...prev, [q.id]: c.id }))}
                    />
                    <span>{c.text}</span>
                  </label>
                ))}
              </fieldset>
              <div className="ba-selfcheck__feedback" aria-live="polite">
                {correct === undefined ? null : (
                  <>
                    <strong>{correct ? messages.selfCheck.correct : messages.selfCheck.incorrect}</strong>{' '}
                    {q.explanation}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {score.answered > 0 ? (
        <p className="ba-selfcheck__score">
          {messages.selfCheck.score(score.right, score.answered, score.total)}
        </p>
      ) : null}
    </section>
  );
}
