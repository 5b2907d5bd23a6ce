/**
 * Figure `image-quality.own`: the reader drops or picks one image (degraded
 * here) or two (compared as they are), after the stated resize rule, and
 * reads PSNR, MSE and SSIM. Refused files get a message and change nothing.
 * The images stay in this tab; share links carry only the degradation.
 */
import { useEffect, useMemo, useState } from 'react';
import { appStore, useAppStore, type AppState } from '../../../../state/store';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { Select } from '../../../../widgets/Select';
import { Slider } from '../../../../widgets/Slider';
import { useMetric } from '../../../../worker/useMetric';
import { photoInfo } from '../../../../assets/photoCatalog';
import { iqText } from '../../../../i18n/imageQuality';
import { OWN_DEFAULT_LEVELS, OWN_KINDS, OWN_RANGES, ownWidget, type OwnKind } from '../../state';
import { PhotoCanvas } from '../shared/PhotoCanvas';
import { CopyReadouts } from '../shared/CopyReadouts';
import { DropZone } from '../../../../widgets/upload/DropZone';
import { loadOwnImages, type OwnImages } from './loadOwnImages';
import { photoArgs } from '../shared/photoArgs';

const t = iqText.own;
const BUILT_IN = 'astronaut';

/** The reader's images of this tab, kept in the store's never-shared own-files slice. */
const keptImages = (s: AppState) => (s.ownFiles[ownWidget.id] as OwnImages | undefined) ?? null;

function levelText(kind: OwnKind, v: number): string {
  if (kind === 'blur') return iqText.blurNoise.blurValue(v);
  if (kind === 'noise') return iqText.blurNoise.noiseValue(v);
  if (kind === 'brightness') return iqText.fool.brightnessValue(v);
  if (kind === 'contrast') return iqText.fool.contrastValue(v);
  return iqText.fool.qualityValue(v);
}

/** The own-images figure. */
export function OwnImagesFigure() {
  const [state, setState, reset] = useWidgetState(ownWidget);
  const images = useAppStore(keptImages);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { kind, level, own } = state;
  const shown = own ? images : null;

  // A state that says "own" without images in memory (nothing to show) falls back to the photo.
  useEffect(() => {
    if (own && !images) setState({ own: false });
  }, [own, images, setState]);

  const args = useMemo(() => {
    const degrade = { kind, level, seed: 1, ...(kind === 'jpeg' ? { jpeg_quality: level } : {}) };
    if (!shown) return { ...photoArgs(BUILT_IN), ...degrade };
    return shown.b ? { a: shown.a, b: shown.b } : { a: shown.a, ...degrade };
  }, [shown, kind, level]);
  const r = useMetric('image_quality_pair', args);
  const info = photoInfo(BUILT_IN)!;
  const width = r.value?.width ?? shown?.width ?? info.width;
  const height = r.value?.height ?? shown?.height ?? info.height;
  const refName = shown ? (shown.names[0] ?? '') : t.builtInName;
  const copyName = shown?.b ? (shown.names[1] ?? '') : t.degradedName(refName);

  const onFiles = async (files: File[]) => {
    setBusy(true);
    const out = await loadOwnImages(files);
    setBusy(false);
    if (!out.ok) {
      setError(out.message);
      return;
    }
    setError(null);
    // The previous bitmaps are left to the garbage collector: a queued request may still send them.
    appStore.getState().keepOwnFiles(ownWidget.id, out.images);
    setState({ own: true, ownNotShared: false });
  };

  const backToBuiltIn = () => {
    setState({ own: false });
    setError(null);
  };

  const range = OWN_RANGES[kind];
  return (
    <Figure
      widget={ownWidget}
      caption={t.caption}
      onReset={() => {
        reset();
        setError(null);
      }}
    >
      <DropZone onFiles={(f) => void onFiles(f)} busy={busy} />
      <p className="mt-2 mb-0 text-sm text-muted">{t.resizeRule}</p>
      <div className="mt-2" role="alert">
        {error ? <p className="m-0 font-semibold text-bad">{error}</p> : null}
      </div>
      <p className="mt-2 mb-0" role="status">
        {busy
          ? t.reading
          : shown
            ? t.loaded(shown.names.join(' and '), shown.width, shown.height)
            : t.builtIn}
      </p>
      {shown ? (
        <button type="button" className="ba-button mt-2" onClick={backToBuiltIn}>
          {t.useBuiltIn}
        </button>
      ) : null}
      {!shown?.b ? (
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          <Select
            label={t.kind}
            value={kind}
            values={OWN_KINDS}
            labelOf={(k) => t.kinds[k]}
            onChange={(k) => setState({ kind: k, level: OWN_DEFAULT_LEVELS[k] })}
          />
          <Slider
            label={t.level[kind] ?? kind}
            range={range}
            value={level}
            onChange={(v) => setState({ level: v })}
            format={(v) => levelText(kind, v)}
          />
        </div>
      ) : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        {[
          { kind: 'own-reference', heading: t.reference, rgba: r.value?.a_rgba, alt: t.refAlt(refName) },
          { kind: 'own-copy', heading: t.copy, rgba: r.value?.rgba, alt: t.copyAlt(copyName) },
        ].map((p) => (
          <div key={p.kind}>
            <h4 className="mt-0 mb-2 text-base font-semibold">{p.heading}</h4>
            <PhotoCanvas
              rgba={p.rgba}
              width={width}
              height={height}
              alt={p.alt}
              kind={p.kind}
              pending={r.pending}
            />
          </div>
        ))}
      </div>
      <div className="mt-3">
        <CopyReadouts result={r} subject="own" />
      </div>
    </Figure>
  );
}
