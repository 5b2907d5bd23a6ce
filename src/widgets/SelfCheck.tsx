/**
 * The self-check that ends every section: 3-4 multiple-choice questions.
 * Answering sets `data-correct="true|false"` on the question and reveals the
 * explanation; the reader may change an answer. Answers are kept in the
 * self-check store the app provides (selfCheckStore.ts; the shell keeps them
 * in localStorage) under the self-check's id, so they survive a reload;
 * "Clear my progress" forgets them (and the challenges met in the section).
 */
import { useId, useMemo } from 'react';
import { messages } from '../i18n/messages';
import { checkQuestions, isCorrect, scoreAnswers, type SelfCheckQuestion } from './selfCheck';
import { useSelfCheckAnswers } from './selfCheckStore';

/** Props of SelfCheck. */
export interface SelfCheckProps {
  questions: readonly SelfCheckQuestion[];
  /** Heading; default "Check yourself". */
  title?: string;
  /** Optional id, written as `data-selfcheck` (e.g. `detection.selfcheck`); also the key of the kept answers. */
  id?: string;
}

/** Multiple-choice questions with instant feedback and explanations. */
export function SelfCheck({ questions: raw, title = messages.selfCheck.heading, id }: SelfCheckProps) {
  const questions = useMemo(() => checkQuestions(raw), [raw]);
  const uid = useId();
  const checkId = id ?? 'selfcheck';
  const { answers, store } = useSelfCheckAnswers(checkId);
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
                      onChange={() => store.answer(checkId, q.id, c.id)}
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
        <div className="ba-selfcheck__footer">
          <p className="ba-selfcheck__score">
            {messages.selfCheck.score(score.right, score.answered, score.total)} {messages.selfCheck.kept}
          </p>
          <button type="button" className="ba-button" onClick={() => store.clear(checkId)}>
            {messages.selfCheck.clear}
          </button>
        </div>
      ) : null}
    </section>
  );
}
