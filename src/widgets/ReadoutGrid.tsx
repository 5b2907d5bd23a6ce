/**
 * A grid of metric readouts described as data: each entry is one
 * MetricReadout, and `shared` holds what they all have in common (pending,
 * error, subject, format...). Keeps figures from repeating the readout block.
 */
import { MetricReadout, type MetricReadoutProps } from './MetricReadout';
import { readoutKeys } from './readoutKeys';

/** One readout of the grid; any prop missing here comes from `shared` (the format defaults to `number`). */
export type ReadoutSpec = Partial<MetricReadoutProps> &
  Pick<MetricReadoutProps, 'metric' | 'value' | 'label'>;

/** Props of ReadoutGrid. */
export interface ReadoutGridProps {
  readouts: readonly ReadoutSpec[];
  /** Props every readout takes unless its entry says otherwise. */
  shared?: Partial<MetricReadoutProps>;
  /** Classes of the grid (columns, gaps). */
  className: string;
}

/** The readouts, in order, in one grid. */
export function ReadoutGrid({ readouts, shared, className }: ReadoutGridProps) {
  const keys = readoutKeys(readouts);
  return (
    <div className={className}>
      {readouts.map((r, i) => {
        const props = { format: 'number' as const, ...shared, ...r };
        return <MetricReadout key={keys[i]} {...props} />;
      })}
    </div>
  );
}
