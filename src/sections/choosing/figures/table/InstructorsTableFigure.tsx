/**
 * Figure `choosing.table`: the instructors' table (task, metrics to report
 * together, the traps, the section that shows them), stacked into cards on
 * a phone (`ba-table--stack` with data-label) and kept to one A4 page in
 * print (choosing.css). A radio group narrows it to one task.
 */
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { choosingText } from '../../../../i18n/choosing';
import { tableWidget } from '../../state';
import { TASKS } from '../chooser/recommend';
import { TABLE_ROWS } from './instructorsTable';
import '../../choosing.css';

const t = choosingText.table;
const h = t.headers;

/** The instructors' table figure. */
export function InstructorsTableFigure() {
  const [state, setState, reset] = useWidgetState(tableWidget);
  const rows = TABLE_ROWS.filter((r) => state.task === 'all' || r.task === state.task || r.task === 'all');
  return (
    <Figure widget={tableWidget} caption={t.caption} onReset={reset}>
      <div className="ch-print-table">
        <RadioGroup
          legend={t.filter}
          value={state.task}
          options={[
            { value: 'all', label: t.all },
            ...TASKS.map((task) => ({ value: task, label: choosingText.chooser.tasks[task] })),
          ]}
          onChange={(task) => setState({ task })}
          className="ch-filter"
        />
        <table className="ba-table ba-table--stack ch-table mt-3 w-full">
          <caption className="sr-only">{t.caption2}</caption>
          <thead>
            <tr>
              <th scope="col">{h.task}</th>
              <th scope="col">{h.metrics}</th>
              <th scope="col">{h.traps}</th>
              <th scope="col">{h.section}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.task} data-task={r.task}>
                <th scope="row" data-label={h.task}>
                  {r.taskName}
                </th>
                <td data-label={h.metrics}>{r.metrics}</td>
                <td data-label={h.traps}>{r.traps}</td>
                <td data-label={h.section}>
                  <a href={`#/${r.slug}?w=${r.widget}`}>{r.sectionName}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Figure>
  );
}
