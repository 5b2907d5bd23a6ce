/**
 * Figure `choosing.chooser` (the section's hero): the metrics to report together (from the pure
 * `recommend`), each with the trap it hides, the convention to state and a
 * link to the figure of this app that shows the trap; two count readouts
 * (`choosing.metric_count`, `choosing.convention_count`) that challenges
 * can target; all above six questions
 * as radio groups (so the recommendation is on the first screen). The answers are the
 * widget state, so they travel in the share link.
 */
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { ReadoutGrid } from '../../../../widgets/ReadoutGrid';
import { choosingText } from '../../../../i18n/choosing';
import { chooserWidget } from '../../state';
import {
  OUTPUTS,
  TASKS,
  conventionCount,
  figureHref,
  metricCount,
  recommend,
  type ChooserAnswers,
} from './recommend';
import '../../choosing.css';

const t = choosingText.chooser;
const YES_NO = [
  { value: 'yes', label: t.yes },
  { value: 'no', label: t.no },
] as const;
const FLAGS = ['imbalance', 'tiny', 'empty', 'localisation'] as const;

/** The metric chooser. */
export function ChooserFigure() {
  const [state, setState, reset] = useWidgetState(chooserWidget);
  const answers = state as ChooserAnswers;
  const recs = recommend(answers);
  return (
    <Figure widget={chooserWidget} caption={t.caption} onReset={reset} headingLevel={2}>
      <div className="ch-chooser">
        <div className="ch-result" aria-live="polite">
          <div className="ch-result__top">
            <h3 className="ch-result__heading">{t.resultHeading(recs.length)}</h3>
            <ReadoutGrid
              className="ch-counts ba-readouts-compact"
              shared={{ format: 'count' }}
              readouts={[
                { metric: 'choosing.metric_count', label: t.counts.metrics, value: metricCount(recs) },
                {
                  metric: 'choosing.convention_count',
                  label: t.counts.conventions,
                  value: conventionCount(recs),
                },
              ]}
            />
          </div>
          <p className="ch-counts__note text-sm">{t.counts.note}</p>
          <ol className="ch-recs" data-testid="recommendations">
            {recs.map((r) => (
              <li key={r.id} data-rec={r.id} data-kind={r.rule ? 'rule' : 'metric'} className="ch-rec">
                <strong className="ch-rec__metric">{r.metric}</strong>
                <span>
                  <em>{t.trap}</em> {r.trap}
                </span>
                <span>
                  {r.convention ? (
                    <>
                      <em>{t.convention}</em> {r.convention}{' '}
                    </>
                  ) : null}
                  <a href={figureHref(r.figure)} aria-label={t.seeItName(r.metric)} className="ch-rec__link">
                    {t.seeIt} →
                  </a>
                </span>
              </li>
            ))}
          </ol>
        </div>
        <div className="ch-questions">
          <RadioGroup
            legend={t.questions.task}
            value={answers.task}
            options={TASKS.map((task) => ({ value: task, label: t.tasks[task] }))}
            onChange={(task) => setState({ task })}
          />
          {FLAGS.map((flag) => (
            <RadioGroup
              key={flag}
              legend={t.questions[flag]}
              value={answers[flag] ? 'yes' : 'no'}
              options={YES_NO}
              onChange={(v) => setState({ [flag]: v === 'yes' })}
            />
          ))}
          <RadioGroup
            legend={t.questions.output}
            value={answers.output}
            options={OUTPUTS.map((o) => ({ value: o, label: t.outputs[o] }))}
            onChange={(output) => setState({ output })}
          />
        </div>
      </div>
    </Figure>
  );
}
