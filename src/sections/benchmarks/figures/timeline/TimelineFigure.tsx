/**
 * Figure `benchmarks.timeline` (the section's hero): four benchmarks on a
 * timeline and the winning ILSVRC top-5 error by year against one human
 * annotator's 5.1 %; focusing a stop explains it in the panel beside the
 * chart. Under them, what a benchmark is, as one small diagram.
 */
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { benchmarksText } from '../../../../i18n/benchmarks';
import { timelineWidget } from '../../state';
import { stopById } from './timelineData';
import { TimelineChart } from './TimelineChart';
import { TimelinePanel } from './TimelinePanel';
import { BenchmarkDiagram } from './BenchmarkDiagram';
import '../../benchmarks.css';

/** The benchmark timeline figure. */
export function TimelineFigure() {
  const [state, setState, reset] = useWidgetState(timelineWidget);
  const stop = stopById(state.stop);
  return (
    <Figure
      widget={timelineWidget}
      caption={benchmarksText.timeline.caption}
      onReset={reset}
      headingLevel={2}
    >
      <div className="grid items-start gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <TimelineChart selected={stop.id} onSelect={(id) => id !== state.stop && setState({ stop: id })} />
        <TimelinePanel stop={stop} />
      </div>
      <BenchmarkDiagram />
    </Figure>
  );
}
