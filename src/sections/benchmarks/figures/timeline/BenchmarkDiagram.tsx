/**
 * "What a benchmark is" as one small diagram in HTML (it reflows from phone
 * to projector): a dataset split into train, validation and a hidden test
 * part, a task, and an evaluation protocol, joined by plus signs.
 */
import { benchmarksText } from '../../../../i18n/benchmarks';

const d = benchmarksText.timeline.diagram;

/** The three parts of a benchmark. */
export function BenchmarkDiagram() {
  return (
    <div className="bm-diagram" role="img" aria-label={d.label}>
      <div className="bm-diagram__box">
        <strong>{d.dataset}</strong>
        <div className="bm-diagram__splits" aria-hidden="true">
          <span className="bm-split bm-split--train">{d.train}</span>
          <span className="bm-split bm-split--val">{d.val}</span>
          <span className="bm-split bm-split--test">{d.test}</span>
        </div>
      </div>
      <span className="bm-diagram__plus" aria-hidden="true">
        +
      </span>
      <div className="bm-diagram__box">
        <strong>{d.task}</strong>
        <span>{d.taskText}</span>
      </div>
      <span className="bm-diagram__plus" aria-hidden="true">
        +
      </span>
      <div className="bm-diagram__box">
        <strong>{d.protocol}</strong>
        <span>{d.protocolText}</span>
      </div>
    </div>
  );
}
