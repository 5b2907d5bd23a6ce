/**
 * The Lab's COCO panel (figure `lab.coco`): a ground-truth file and a
 * results file (picked or dropped, never uploaded), Boxes or Keypoints, an
 * example pair, and the evaluation in a worker of its own with progress and
 * Cancel. Shows the summary readouts, the per-category table, the
 * precision-recall curves, the size breakdown, the pitfalls the data shows,
 * and CSV/JSON exports. A bad file gives a message naming it and keeps the
 * last good results on screen. The files live in the tab's Lab session
 * (widgets/labSession.ts): mounted again (Present, Esc), the panel evaluates
 * them again.
 */
import { useCallback, useEffect, useRef } from 'react';
import { labText } from '../../../../i18n/lab';
import { labCocoText } from '../../../../i18n/labCoco';
import { examplePair } from '../../../../lab/coco/examplePair';
import type { CocoIouType } from '../../../../metrics/detection/coco/params';
import type { LabFile } from '../../../../lab/jobs/types';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import {
  FileDrop,
  JobProgress,
  LAB_CAPS,
  LabMessages,
  LoadExample,
  labSession,
  useLabJob,
  useLabMessages,
  useLabSession,
} from '../widgets';
import { CategoryTable } from './CategoryTable';
import { CocoExports } from './CocoExports';
import { CocoSummary } from './CocoSummary';
import { PitfallList } from './PitfallList';
import { PrCurves } from './PrCurves';
import { SizeTable } from './SizeTable';
import { cocoWidget } from './state';
import './coco.css';

const ACCEPT = ['.json'] as const;

/** The panel's two files (ground truth, results). */
interface CocoFiles {
  gt: LabFile | null;
  dt: LabFile | null;
}

/** No files yet. */
const NO_FILES: CocoFiles = { gt: null, dt: null };

function loaded(file: LabFile | null): { name: string; size: number }[] {
  return file === null ? [] : [{ name: file.name, size: file.bytes.byteLength }];
}

/** The COCO panel of the Lab page. */
export function CocoPanel() {
  const t = labCocoText;
  const [state, setState] = useWidgetState(cocoWidget);
  const job = useLabJob('coco');
  const messages = useLabMessages();
  const [files, setFiles] = useLabSession<CocoFiles>(cocoWidget.id, NO_FILES);
  const { gt: groundTruth, dt: results } = files;
  const { run } = job;

  const evaluate = useCallback(
    (iouType: CocoIouType) => {
      const { gt, dt } = labSession.get<CocoFiles>(cocoWidget.id) ?? NO_FILES;
      if (gt !== null && dt !== null) void run({ iouType, groundTruth: gt, results: dt });
    },
    [run],
  );

  // Mounted with files kept from before (Present, Esc): evaluate them again.
  const mountIouType = useRef(state.iouType);
  useEffect(() => evaluate(mountIouType.current), [evaluate]);

  const { error, status } = job.state;
  const { error: addError, clear } = messages;
  useEffect(() => {
    if (error !== null) addError(error.message);
  }, [error, addError]);
  useEffect(() => {
    if (status === 'done') clear('error');
  }, [status, clear]);

  const setFile = (which: 'gt' | 'dt', file: LabFile) => {
    setFiles((previous) => ({ ...previous, [which]: file }));
    evaluate(state.iouType);
  };

  const loadExample = () => {
    const pair = examplePair(state.iouType);
    setFiles({ gt: pair.groundTruth, dt: pair.results });
    messages.note(labText.example.loaded(t.example[state.iouType]));
    evaluate(state.iouType);
  };

  const result = job.state.result;
  const running = status === 'running';
  return (
    <Figure widget={cocoWidget} caption={t.caption}>
      <div className="ba-lab-coco flex min-w-0 flex-col gap-4">
        <div className="ba-lab-coco__files grid gap-3 md:grid-cols-2">
          <FileDrop
            label={t.groundTruth}
            hint={t.groundTruthHint}
            accept={ACCEPT}
            maxBytes={LAB_CAPS.json}
            loaded={loaded(groundTruth)}
            onFiles={(f) => f[0] && setFile('gt', f[0])}
            onProblems={(m) => messages.error(...m)}
          />
          <FileDrop
            label={t.results}
            hint={t.resultsHint}
            accept={ACCEPT}
            maxBytes={LAB_CAPS.json}
            loaded={loaded(results)}
            onFiles={(f) => f[0] && setFile('dt', f[0])}
            onProblems={(m) => messages.error(...m)}
          />
        </div>
        <div className="ba-lab-coco__options flex flex-wrap items-end gap-x-8 gap-y-3">
          <RadioGroup<CocoIouType>
            legend={t.iouType}
            value={state.iouType}
            options={[
              { value: 'bbox', label: t.boxes },
              { value: 'keypoints', label: t.keypoints },
            ]}
            onChange={(iouType) => {
              setState({ iouType, threshold: 0, category: 0 });
              evaluate(iouType);
            }}
          />
          <LoadExample description={t.example[state.iouType]} onLoad={loadExample} />
        </div>
        <JobProgress state={job.state} what={t.what} onCancel={job.cancel} />
        <LabMessages messages={messages.messages} onDismiss={messages.dismiss} />
        {result === null ? (
          <p className="m-0">{t.waiting}</p>
        ) : (
          <div className="flex min-w-0 flex-col gap-6" data-coco-result={result.iouType}>
            <section className="ba-lab-coco__summary flex min-w-0 flex-col gap-2">
              <h4 className="m-0">{t.summaryTitle}</h4>
              <CocoSummary result={result} pending={running} />
            </section>
            <section className="ba-lab-coco__table flex min-w-0 flex-col gap-2">
              <h4 className="m-0">{t.table.title}</h4>
              <p className="m-0 text-sm">{t.table.caption(t.table.arNote(result.maxDets))}</p>
              <CategoryTable
                rows={result.categories}
                maxDets={result.maxDets}
                sortKey={state.sortKey}
                sortDescending={state.sortDescending}
                onSort={(sortKey, sortDescending) => setState({ sortKey, sortDescending })}
              />
            </section>
            <div className="ba-lab-coco-pair grid min-w-0 gap-6">
              <section className="ba-lab-coco__curves flex min-w-0 flex-col gap-2">
                <h4 className="m-0">{t.pr.title}</h4>
                <PrCurves
                  result={result}
                  category={state.category}
                  threshold={state.threshold}
                  onPick={(category, threshold) => setState({ category, threshold })}
                />
              </section>
              <div className="ba-lab-coco__sizes flex min-w-0 flex-col gap-6">
                <section className="flex min-w-0 flex-col gap-2">
                  <h4 className="m-0">{t.sizes.title}</h4>
                  <SizeTable rows={result.sizes} />
                </section>
                <section className="flex min-w-0 flex-col gap-2">
                  <h4 className="m-0">{t.pitfalls.title}</h4>
                  <PitfallList pitfalls={result.pitfalls} />
                </section>
              </div>
            </div>
            <section className="ba-lab-coco__exports flex min-w-0 flex-col gap-2">
              <h4 className="m-0">{t.exports.title}</h4>
              <CocoExports result={result} />
            </section>
          </div>
        )}
      </div>
    </Figure>
  );
}
