/**
 * The Lab's image-pair panel (`lab.image-pair`): a reference and a distorted
 * image, PSNR and mean SSIM as scikit-image 0.19 computes them (in the Lab
 * worker, with the metrics package), the SSIM settings as controls, and the
 * SSIM map with its legend.
 */
import { useCallback } from 'react';
import { Figure } from '../../../../widgets/Figure';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { RgbaCanvas } from '../../../../widgets/RgbaCanvas';
import { useWidgetState } from '../../../../state/useWidgetState';
import { labPixelsText } from '../../../../i18n/labPixels';
import { SSIM_LUT } from '../../../../lab/imagePair/mapPicture';
import { examplePairFiles } from '../../../../lab/imagePair/examplePair';
import type { ImagePairSettings } from '../../../../lab/imagePair/settings';
import type { LabFile } from '../../../../lab/jobs/types';
import type { ImagePairJobResult } from '../../../../lab/imagePair/imagePairJob';
import { ColorLegend } from '../../../depth/figures/shared/ColorLegend';
import { FileDrop, JobProgress, LAB_CAPS, LabMessages, LoadExample } from '../widgets';
import { imagePairWidget } from './state';
import { ImagePairControls } from './ImagePairControls';
import { useFilePairJob } from './useFilePairJob';

const t = labPixelsText.imagePair;
const ACCEPT = ['.png', '.jpg', '.jpeg', '.webp'] as const;

const makeInput = (reference: LabFile, distorted: LabFile, settings: ImagePairSettings) => ({
  reference,
  distorted,
  settings,
});

function ImageInfoLines({ r }: { r: ImagePairJobResult }) {
  const size = (i: ImagePairJobResult['reference']) =>
    `${i.width} × ${i.height} ${i.channels === 1 ? 'grey' : 'RGB'}`;
  const warn = Math.max(r.reference.max, r.distorted.max) > r.settings.dataRange;
  return (
    <div className="ba-lab-pair__details text-sm">
      {[
        [t.reference, r.reference],
        [t.distorted, r.distorted],
      ].map(([role, i]) => {
        const info = i as ImagePairJobResult['reference'];
        return (
          <p key={role as string} className="m-0" data-image={info.name}>
            {t.imageInfo(role as string, info.name, size(info), info.bits, info.format, info.exact)}
          </p>
        );
      })}
      {warn ? (
        <p className="m-0 mt-1 font-medium" data-warning="data-range">
          {t.rangeWarning(Math.max(r.reference.max, r.distorted.max), r.settings.dataRange)}
        </p>
      ) : null}
    </div>
  );
}

/** The image-pair panel of the Lab page. */
export function ImagePairPanel() {
  const [settings, setSettings] = useWidgetState(imagePairWidget);
  const { job, messages, files, load, loadBoth } = useFilePairJob('image-pair', settings, makeInput);
  const { state } = job;
  const r = state.result;
  const pending = state.status === 'running';
  const loaded = (f: LabFile | null) => (f ? [{ name: f.name, size: f.bytes.byteLength }] : []);
  const loadExample = useCallback(() => {
    const ex = examplePairFiles();
    loadBoth(ex.reference, ex.distorted);
  }, [loadBoth]);
  const fmt = (v: number) => v.toFixed(3);
  return (
    <Figure widget={imagePairWidget} caption={t.caption}>
      <div className="ba-lab-pair flex flex-col gap-4">
        <LoadExample description={t.example} onLoad={loadExample} />
        <div className="ba-lab-pair__files grid gap-3 md:grid-cols-2">
          <FileDrop
            label={t.reference}
            accept={ACCEPT}
            maxBytes={LAB_CAPS.image}
            hint={t.fileHint}
            loaded={loaded(files.a)}
            onFiles={(f) => load('a', f[0]!)}
            onProblems={(m) => messages.error(...m)}
          />
          <FileDrop
            label={t.distorted}
            accept={ACCEPT}
            maxBytes={LAB_CAPS.image}
            hint={t.fileHint}
            loaded={loaded(files.b)}
            onFiles={(f) => load('b', f[0]!)}
            onProblems={(m) => messages.error(...m)}
          />
        </div>
        <p className="ba-lab-pair__formats m-0 text-sm">
          {t.formats} {t.sizeRule}
        </p>
        <LabMessages messages={messages.messages} onDismiss={messages.dismiss} />
        <JobProgress state={state} what={t.what} onCancel={job.cancel} />
        <ImagePairControls settings={settings} onChange={setSettings} />
        <div className="ba-lab-pair__results grid gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
          <div className="ba-lab-pair__numbers flex flex-col gap-2">
            <div className="grid grid-cols-2 gap-2">
              <MetricReadout
                metric="psnr"
                label={t.psnr}
                format="db"
                value={r?.psnr}
                pending={pending}
                headline
              />
              <MetricReadout
                metric="ssim.mssim"
                label={t.mssim}
                format="number"
                digits={4}
                value={r?.mssim}
                pending={pending}
                headline
              />
            </div>
            {r ? (
              <>
                {r.channelMssim.length > 1 ? (
                  <p className="ba-lab-pair__details m-0 text-sm">
                    {t.channelMssim(r.channelMssim.map((v) => v.toFixed(4)).join(', '))}
                  </p>
                ) : null}
                <ImageInfoLines r={r} />
              </>
            ) : (
              <p className="m-0 text-sm">{t.none}</p>
            )}
          </div>
          {r ? (
            <div className="ba-lab-pair__map flex flex-col gap-2">
              <p className="m-0 font-medium">{t.map}</p>
              <RgbaCanvas
                rgba={r.mapRgba}
                width={r.reference.width}
                height={r.reference.height}
                alt={t.mapAlt(r.distorted.name, fmt(r.mapMin), fmt(r.mapMax))}
                pending={pending}
                data-map="ssim"
                className="max-h-[70vh] rounded border border-border object-contain"
              />
              <ColorLegend
                lut={SSIM_LUT}
                lo={r.mapLo}
                hi={r.mapHi}
                title={t.legend}
                format={(v) => v.toFixed(2)}
              />
            </div>
          ) : null}
        </div>
      </div>
    </Figure>
  );
}
