/**
 * The readouts of the wall-and-book figure as one small table: a row per
 * metric (absolute error, RMSE, AbsRel, delta < 1.25), a column per subject
 * (wall, book, both; data-subject). The AbsRel row, where the wall and the
 * book part ways, is drawn larger. Narrow enough for a 360 px phone.
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import '../../depth.css';
import { depthText } from '../../../../i18n/depth';
import { WALL_BOOK_SUBJECTS, type WallBookSubject } from './wallBook';

const t = depthText.wallBook;
/** Column headers of the subjects. */
export const SUBJECT_NAMES: Record<WallBookSubject, string> = {
  wall: t.wallName,
  book: t.bookName,
  both: t.bothName,
};
/** The four rows. */
const ROWS = [
  { metric: 'depth.abs_error', field: 'abs_error', label: t.absError, format: 'm', digits: 2 },
  { metric: 'depth.rmse', field: 'rmse', label: t.rmse, format: 'm', digits: 2 },
  { metric: 'depth.abs_rel', field: 'abs_rel', label: t.absRel, format: 'fraction', digits: 3 },
  { metric: 'depth.a1', field: 'a1', label: t.a1, format: 'fraction', digits: 2 },
] as const;

type Field = (typeof ROWS)[number]['field'];

/** One subject's result as the worker returns it. */
export interface SubjectResult {
  value: Partial<Record<Field, number | null>> | undefined;
  pending: boolean;
  error: string | null;
}

/** Props of WallBookReadouts. */
export interface WallBookReadoutsProps {
  results: Record<WallBookSubject, SubjectResult>;
}

/** The readout table. */
export function WallBookReadouts({ results }: WallBookReadoutsProps) {
  return (
    <table className="depth-wb-table ba-table ba-readouts-compact w-full text-base">
      <caption className="sr-only">{t.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col" className="font-semibold">
            {t.metricHeader}
          </th>
          {WALL_BOOK_SUBJECTS.map((s) => (
            <th key={s} scope="col" className="font-semibold">
              {SUBJECT_NAMES[s]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map(({ field, label, ...spec }) => {
          const key = field === 'abs_rel';
          return (
            <tr key={field} className={key ? 'depth-wb-key bg-amber-50 dark:bg-amber-950/40' : ''}>
              <th scope="row" className={key ? 'font-bold' : 'font-normal'}>
                {label}
              </th>
              {WALL_BOOK_SUBJECTS.map((s) => {
                const r = results[s];
                return (
                  <td key={s}>
                    <MetricReadout
                      {...spec}
                      subject={s}
                      value={r.value?.[field]}
                      pending={r.pending}
                      error={r.error}
                      label={<span className="sr-only">{`${SUBJECT_NAMES[s]}: ${label}`}</span>}
                    />
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
