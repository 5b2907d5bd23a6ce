/**
 * The Lab's depth panel (`lab.depth`): a ground-truth and a predicted depth
 * map (16-bit PNG with a scale factor, or .npy), every depth error of the
 * monodepth2 protocol (in the Lab worker, with the metrics package), the
 * caps, validity mask and median-scaling settings, and the error map.
 */
import { useCallback } from 'react';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { RgbaCanvas } from '../../../../widgets/RgbaCanvas';
import { useWidgetState } from '../../../../state/useWidgetState';
import { labPixelsText } from '../../../../i18n/labPixels';
import { DEPTH_ERROR_FIELDS } from '../../../../metrics/types';
import { ERROR_LUT } from '../../../../lab/imagePair/mapPicture';
import { exampleDepthFiles } from '../../../../lab/depth/exampleDepth';
import type { DepthSettings } from '../../../../lab/depth/settings';
import type { DepthJobResult, DepthMapInfo } from '../../../../lab/depth/depthJob';
import type { LabFile } from '../../../../lab/jobs/types';
import type { ReadoutFormat } from '../../../../widgets/format';
import { ColorLegend } from '../../../depth/figures/shared/ColorLegend';
import { FileDrop, JobProgress, LAB_CAPS, LabMessages, LoadExample } from '../widgets';
import { useFilePairJob } from '../imagePair/useFilePairJob';
import { depthLabWidget } from './state';
import { DepthControls } from './DepthControls';

const t = labPixelsText.depth;
const ACCEPT = ['.png', '.npy'] as const;

const makeInput = (groundTruth: LabFile, prediction: LabFile, settings: DepthSettings) => ({
  groundTruth,
  prediction,
  settings,
});

const FORMATS: Record<(typeof DEPTH_ERROR_FIELDS)[number], ReadoutFormat> = {
  abs_rel: 'number',
  sq_rel: 'number',
  rmse: 'm',
  rmse_log: 'number',
  log10: 'number',
  silog: 'number',
  a1: 'fraction',
  a2: 'fraction',
  a3: 'fraction',
  abs_error: 'm',
};

const HEADLINE = new Set(['abs_rel', 'rmse', 'a1']);

function mapLine(role: string, m: DepthMapInfo) {
  const range = m.min !== null && m.max !== null ? t.range(m.min.toFixed(3), m.max.toFixed(3)) : t.noDepth;
  return (
    <p
      key={role}
      className="m-0"
      data-depth-map={m.name}
      data-min={m.min ?? 'none'}
      data-max={m.max ?? 'none'}
    >
      {t.mapInfo(role, m.name, m.width, m.height, m.kind, range)}
    </p>
  );
}

function Details({ r }: { r: DepthJobResult }) {
  return (
    <div className="ba-lab-depth__details text-sm">
      {mapLine(t.groundTruth, r.groundTruth)}
      {mapLine(t.prediction, r.prediction)}
      <p className="m-0 mt-1" data-valid={r.metrics.valid}>
        {t.valid(r.metrics.valid, r.pixels)}
      </p>
      {r.settings.medianScaling && r.metrics.scale !== null ? (
        <p className="m-0" data-scale={r.metrics.scale}>
          {t.scaleApplied(r.metrics.scale.toFixed(4))}
        </p>
      ) : null}
    </div>
  );
}

/** The depth panel of the Lab page. */
export function DepthPanel() {
  const [settings, setSettings] = useWidgetState(depthLabWidget);
  const { job, messages, files, load, loadBoth } = useFilePairJob('depth', settings, makeInput);
  const { state } = job;
  const r = state.result;
  const pending = state.status === 'running';
  const loaded = (f: LabFile | null) => (f ? [{ name: f.name, size: f.bytes.byteLength }] : []);
  const loadExample = useCallback(() => {
    const ex = exampleDepthFiles();
    loadBoth(ex.groundTruth, ex.prediction);
  }, [loadBoth]);
  const reason = r ? t.noValid(r.settings.minDepth, r.settings.maxDepth) : undefined;
  return (
    <Figure widget={depthLabWidget} caption={t.caption}>
      <div className="ba-lab-depth flex flex-col gap-4">
        <LoadExample description={t.example} onLoad={loadExample} />
        <div className="ba-lab-depth__files grid gap-3 md:grid-cols-2">
          <FileDrop
            label={t.groundTruth}
            accept={ACCEPT}
            maxBytes={LAB_CAPS.npy}
            hint={t.fileHint}
            loaded={loaded(files.a)}
            onFiles={(f) => load('a', f[0]!)}
            onProblems={(m) => messages.error(...m)}
          />
          <FileDrop
            label={t.prediction}
            accept={ACCEPT}
            maxBytes={LAB_CAPS.npy}
            hint={t.fileHint}
            loaded={loaded(files.b)}
            onFiles={(f) => load('b', f[0]!)}
            onProblems={(m) => messages.error(...m)}
          />
        </div>
        <p className="ba-lab-depth__formats m-0 text-sm">{t.fileRule}</p>
        <LabMessages messages={messages.messages} onDismiss={messages.dismiss} />
        <JobProgress state={state} what={t.what} onCancel={job.cancel} />
        <DepthControls settings={settings} onChange={setSettings} />
        <div className="ba-lab-depth__results grid gap-4 lg:grid-cols-[minmax(0,1.2fr)_minmax(0,1fr)]">
          <div className="ba-lab-depth__numbers flex flex-col gap-2">
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {DEPTH_ERROR_FIELDS.map((f) => (
                <MetricReadout
                  key={f}
                  metric={`depth.${f}`}
                  label={t.fields[f]}
                  format={FORMATS[f]}
                  digits={f === 'silog' ? 2 : FORMATS[f] === 'm' ? 3 : 4}
                  value={r ? r.metrics[f] : undefined}
                  pending={pending}
                  headline={HEADLINE.has(f)}
                  undefinedReason={reason}
                />
              ))}
            </div>
            {r ? <Details r={r} /> : <p className="m-0 text-sm">{t.none}</p>}
          </div>
          {r ? (
            <div className="ba-lab-depth__map flex flex-col gap-2">
              <p className="m-0 font-medium">{t.errorMap}</p>
              <RgbaCanvas
                rgba={r.errorRgba}
                width={r.width}
                height={r.height}
                alt={t.errorAlt(r.prediction.name)}
                pending={pending}
                data-map="depth-error"
                className="rounded border border-border"
              />
              <ColorLegend
                lut={ERROR_LUT}
                lo={0}
                hi={r.errorHi}
                title={t.legend}
                format={(v, last) => `${last && r.errorHi >= 1 ? '≥ ' : ''}${v.toFixed(2)}`}
                noValue={r.metrics.valid < r.pixels ? t.noValue : undefined}
              />
            </div>
          ) : null}
        </div>
      </div>
    </Figure>
  );
}
