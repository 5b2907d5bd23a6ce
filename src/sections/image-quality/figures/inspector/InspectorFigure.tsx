/**
 * Figure `image-quality.inspector`: a copy of the photo and its SSIM map; the
 * reader picks a pixel (click, drag, arrow keys) and sees its window's
 * statistics and the luminance, contrast and structure terms per channel,
 * substituted into the live formula. Two worker requests: the map (when the
 * copy changes) and the pixel's terms (cheap, on every move).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { Select } from '../../../../widgets/Select';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { useMetric } from '../../../../worker/useMetric';
import { photoInfo } from '../../../../assets/photoCatalog';
import { iqText } from '../../../../i18n/imageQuality';
import { INSPECT_KINDS, inspectorWidget } from '../../state';
import { PhotoPicker } from '../shared/PhotoPicker';
import { PixelPicker } from './PixelPicker';
import { InspectorTerms } from './InspectorTerms';
import { MapLegend } from './MapLegend';
import { SSIM_WINDOW, copyArgs } from './inspectArgs';
import type { Pixel } from './pixelPick';

const t = iqText.inspector;

/** The SSIM inspector figure. */
export function InspectorFigure() {
  const [state, setState] = useWidgetState(inspectorWidget);
  const { photo, kind, x, y, channel } = state;
  const info = photoInfo(photo) ?? { width: 512, height: 512 };
  const mapArgs = useMemo(() => copyArgs(photo, kind), [photo, kind]);
  const pixelArgs = useMemo(() => ({ ...copyArgs(photo, kind), x, y }), [photo, kind, x, y]);
  const map = useMetric('image_quality_ssim_map', mapArgs);
  const terms = useMetric('image_quality_ssim_pixel', pixelArgs);
  const pixel = { x, y };
  const onPixel = (p: Pixel) => setState(p);
  const size = { width: map.value?.width ?? info.width, height: map.value?.height ?? info.height };

  const changePhoto = (id: string) => {
    const next = photoInfo(id);
    if (!next) return;
    setState({ photo: id, x: Math.min(x, next.width - 1), y: Math.min(y, next.height - 1) });
  };

  return (
    <Figure widget={inspectorWidget} caption={t.caption}>
      <div className="mb-3 flex flex-wrap items-center gap-4">
        <PhotoPicker value={photo} onChange={changePhoto} />
        <Select
          label={t.kind}
          value={kind}
          values={INSPECT_KINDS}
          labelOf={(k) => t.kinds[k]}
          onChange={(k) => setState({ kind: k })}
        />
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <PixelPicker
          rgba={map.value?.rgba}
          {...size}
          alt={t.copyAlt(t.kinds[kind] ?? kind)}
          kind="inspected-copy"
          pending={map.pending}
          pixel={pixel}
          onPixel={onPixel}
          windowSize={SSIM_WINDOW}
        />
        <div>
          <PixelPicker
            rgba={map.value?.heat}
            {...size}
            alt={t.mapAlt}
            kind="ssim-map"
            pending={map.pending}
            pixel={pixel}
            onPixel={onPixel}
            windowSize={SSIM_WINDOW}
            marker
          />
          <MapLegend />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <p className="m-0 font-semibold" data-pixel={`${x},${y}`}>
          {t.position(x, y)}
        </p>
        <MetricReadout
          metric="ssim.mssim"
          value={map.value?.mssim}
          pending={map.pending}
          error={map.error}
          label={t.mssim}
          format="fraction"
        />
      </div>
      <InspectorTerms result={terms} channel={channel} onChannel={(c) => setState({ channel: c })} />
    </Figure>
  );
}
