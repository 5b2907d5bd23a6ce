/**
 * Figure `lab.segmentation`: the reader's ground-truth and predicted label
 * maps (PNG), optional class names, an ignore index and a number of classes;
 * the job runs in a Lab worker (progress, Cancel) and the panel shows the
 * per-image and pooled metrics, the per-class table, the confusion matrix,
 * the error overlay, hints from the data and the exports. Bad input gives a
 * message naming the file and the problem and keeps the last results. The
 * files and the chosen image live in the tab's Lab session
 * (widgets/labSession.ts): mounted again (Present, Esc), the panel runs again
 * with them and shows the same image.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { LabFile } from '../../../../lab/jobs/types';
import type { SegmentationJobResult } from '../../../../lab/segmentation/segmentationJob';
import { labSegmentationText } from '../../../../i18n/labSegmentation';
import { Figure } from '../../../../widgets/Figure';
import { useWidgetState } from '../../../../state/useWidgetState';
import {
  DownloadButtons,
  FileDrop,
  JobProgress,
  LAB_CAPS,
  LabMessages,
  LoadExample,
  useLabJob,
  useLabMessages,
  useLabSession,
} from '../widgets';
import { labSegmentationWidget } from './state';
import { SegmentationSettings } from './SegmentationSettings';
import { SummaryTable } from './SummaryTable';
import { PerClassTable } from './PerClassTable';
import { ConfusionView } from './ConfusionView';
import { OverlayCanvas } from './OverlayCanvas';
import { HintsList } from './HintsList';
import { exampleFiles } from './example';
import './labSegmentation.css';
import { perClassRows, perImageRows, resultJson } from './exports';

const t = labSegmentationText;
const PNG = ['.png'] as const;
const NAMES = ['.json', '.txt'] as const;
/** Most label maps per input. */
const MAX_MAPS = 200;

interface Files {
  gt: LabFile[];
  pred: LabFile[];
  names: LabFile | null;
}

/** No files yet. */
const NO_FILES: Files = { gt: [], pred: [], names: null };

/** The image the per-class table shows (-1: pooled), for the files and settings it was chosen with. */
interface Subject {
  index: number;
  files: Files;
  settings: string;
}

const NO_SUBJECT: Subject = { index: -1, files: NO_FILES, settings: '' };

const sizes = (files: readonly LabFile[]) => files.map((f) => ({ name: f.name, size: f.bytes.byteLength }));

/** The segmentation panel of the Lab page. */
export function SegmentationPanel() {
  const [state, setState, reset] = useWidgetState(labSegmentationWidget);
  const [files, setFiles] = useLabSession<Files>(labSegmentationWidget.id, NO_FILES);
  const [chosen, setChosen] = useLabSession<Subject>(`${labSegmentationWidget.id}:subject`, NO_SUBJECT);
  const job = useLabJob('segmentation');
  const msgs = useLabMessages();
  const { run } = job;
  const { error: addError, clear } = msgs;

  useEffect(() => {
    if (files.gt.length === 0 || files.pred.length === 0) return;
    void run({
      gt: files.gt,
      pred: files.pred,
      classNames: files.names,
      ignoreIndex: state.ignoreIndex,
      numClasses: state.numClasses,
    }).then((r) => {
      if (r) clear('error');
    });
  }, [files, state.ignoreIndex, state.numClasses, run, clear]);

  const { status, error } = job.state;
  useEffect(() => {
    if (status === 'error' && error) addError(error.message);
  }, [status, error, addError]);

  const result = job.state.result;
  // New files or settings bring new results: the choice goes back to pooled.
  const settingsKey = `${state.ignoreIndex}/${state.numClasses}`;
  const subject =
    chosen.files === files && chosen.settings === settingsKey && chosen.index < (result?.images.length ?? 0)
      ? chosen.index
      : -1;
  const setSubject = useCallback(
    (index: number) => setChosen({ index, files, settings: settingsKey }),
    [setChosen, files, settingsKey],
  );

  const loadExample = useCallback(() => {
    const ex = exampleFiles();
    clear();
    setFiles({ gt: ex.gt, pred: ex.pred, names: ex.classNames });
  }, [clear, setFiles]);

  const onReset = useCallback(() => {
    reset();
    job.cancel();
  }, [reset, job]);

  return (
    <Figure widget={labSegmentationWidget} caption={t.caption} onReset={onReset}>
      <div className="ba-labseg flex flex-col gap-4">
        <LoadExample description={t.example} onLoad={loadExample} />
        <div className="ba-labseg-inputs">
          <FileDrop
            label={t.inputs.gt}
            hint={t.inputs.gtHint}
            accept={PNG}
            maxBytes={LAB_CAPS.image}
            multiple
            maxFiles={MAX_MAPS}
            loaded={sizes(files.gt)}
            onFiles={(gt) => setFiles((f) => ({ ...f, gt }))}
            onProblems={(p) => addError(...p)}
          />
          <FileDrop
            label={t.inputs.pred}
            hint={t.inputs.predHint}
            accept={PNG}
            maxBytes={LAB_CAPS.image}
            multiple
            maxFiles={MAX_MAPS}
            loaded={sizes(files.pred)}
            onFiles={(pred) => setFiles((f) => ({ ...f, pred }))}
            onProblems={(p) => addError(...p)}
          />
          <FileDrop
            label={t.inputs.names}
            hint={t.inputs.namesHint}
            accept={NAMES}
            maxBytes={LAB_CAPS.text}
            loaded={files.names ? sizes([files.names]) : []}
            onFiles={([names]) => setFiles((f) => ({ ...f, names: names ?? null }))}
            onProblems={(p) => addError(...p)}
          />
        </div>
        {files.names ? (
          <p className="ba-labseg__names m-0">
            <button
              type="button"
              className="ba-button"
              onClick={() => setFiles((f) => ({ ...f, names: null }))}
            >
              {t.inputs.removeNames}
            </button>
          </p>
        ) : null}
        <SegmentationSettings
          ignoreIndex={state.ignoreIndex}
          numClasses={state.numClasses}
          onChange={(patch) => setState(patch)}
        />
        <JobProgress state={job.state} what={t.what} onCancel={job.cancel} />
        <LabMessages messages={msgs.messages} onDismiss={msgs.dismiss} />
        {result ? (
          <Results
            result={result}
            pending={status === 'running'}
            subject={subject}
            onSubject={setSubject}
            view={state.view}
            onView={(view) => setState({ view })}
          />
        ) : (
          <p className="m-0">{t.empty}</p>
        )}
      </div>
    </Figure>
  );
}

function Results(props: {
  result: SegmentationJobResult;
  pending: boolean;
  subject: number;
  onSubject: (i: number) => void;
  view: 'counts' | 'shares';
  onView: (v: 'counts' | 'shares') => void;
}) {
  const { result, pending, subject, onSubject, view, onView } = props;
  const image = subject >= 0 ? result.images[subject] : undefined;
  const scores = image ? image.scores : result.pooled;
  const subjectName = image ? t.perClass.imageOption(subject + 1, image.gtFile) : t.perClass.pooledOption;
  const overlayIndex = Math.max(0, subject);
  const overlay = result.overlays[overlayIndex];
  const json = useMemo(() => () => resultJson(result), [result]);
  return (
    <div className="flex flex-col gap-4" data-results="segmentation">
      <SummaryTable result={result} pending={pending} />
      <p className="ba-lab-downloads-row m-0 flex flex-wrap gap-2">
        <DownloadButtons
          what={t.exports.perImage}
          fileName={t.exports.perImageFile}
          csv={() => perImageRows(result)}
          json={json}
        />
        <DownloadButtons
          what={t.exports.perClass}
          fileName={t.exports.perClassFile}
          csv={() => perClassRows(result)}
          json={() => perClassRows(result)}
        />
      </p>
      <HintsList hints={result.hints} names={result.classNames} />
      <label className="ba-labseg__subject flex flex-wrap items-center gap-2">
        <span className="font-semibold">{t.perClass.subject}</span>
        <select
          value={subject}
          onChange={(e) => onSubject(Number(e.currentTarget.value))}
          className="ba-select rounded border border-current/40 px-2 py-1"
        >
          <option value={-1}>{t.perClass.pooledOption}</option>
          {result.images.map((im, i) => (
            <option key={i} value={i}>
              {t.perClass.imageOption(i + 1, im.gtFile)}
            </option>
          ))}
        </select>
      </label>
      <div className="ba-labseg-pair grid items-start gap-6">
        <PerClassTable
          scores={scores}
          names={result.classNames}
          subject={image ? 'per-image' : 'pooled'}
          subjectName={subjectName}
          image={image?.gtFile}
          pending={pending}
        />
        <ConfusionView scores={scores} names={result.classNames} view={view} onView={onView} />
      </div>
      {overlay ? (
        <div className="ba-labseg__overlay flex flex-col gap-2">
          <p className="m-0 font-semibold">
            {t.overlay.caption}: {result.images[overlayIndex]!.gtFile}
          </p>
          <OverlayCanvas overlay={overlay} name={result.images[overlayIndex]!.gtFile} />
        </div>
      ) : (
        <p className="ba-labseg__overlay m-0">
          {t.overlay.notKept(result.images[overlayIndex]?.gtFile ?? '')}
        </p>
      )}
    </div>
  );
}
