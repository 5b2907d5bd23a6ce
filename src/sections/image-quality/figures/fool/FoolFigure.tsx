/**
 * Figure `image-quality.fool`: four more copies that fool PSNR (brightness,
 * contrast, a translation scored on the overlap, a browser-encoded JPEG),
 * each with PSNR, MSE and SSIM, and a table ranking them by PSNR, by SSIM and
 * by the reader's eye.
 */
import { useWidgetState } from '../../../../state/useWidgetState';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { photoInfo } from '../../../../assets/photoCatalog';
import { iqText } from '../../../../i18n/imageQuality';
import {
  BRIGHTNESS_RANGE,
  CONTRAST_RANGE,
  QUALITY_RANGE,
  SHIFT_RANGE,
  foolWidget,
  type Range,
  type Variant,
} from '../../state';
import { useCopy, type CopyKind } from '../shared/useCopy';
import { PhotoCanvas } from '../shared/PhotoCanvas';
import { PhotoPicker } from '../shared/PhotoPicker';
import { CopyReadouts } from '../shared/CopyReadouts';
import { RankTable } from './RankTable';

const t = iqText.fool;

/** How each variant is made and controlled. */
const CONTROLS: Readonly<
  Record<
    Variant,
    {
      kind: CopyKind;
      field: 'brightness' | 'contrast' | 'shift' | 'quality';
      range: Range;
      label: string;
      format: (v: number) => string;
    }
  >
> = {
  brightness: {
    kind: 'brightness',
    field: 'brightness',
    range: BRIGHTNESS_RANGE,
    label: t.brightness,
    format: t.brightnessValue,
  },
  contrast: {
    kind: 'contrast',
    field: 'contrast',
    range: CONTRAST_RANGE,
    label: t.contrast,
    format: t.contrastValue,
  },
  translation: {
    kind: 'translation',
    field: 'shift',
    range: SHIFT_RANGE,
    label: t.shift,
    format: t.shiftValue,
  },
  jpeg: { kind: 'jpeg', field: 'quality', range: QUALITY_RANGE, label: t.quality, format: t.qualityValue },
};

/** The fool-PSNR figure. */
export function FoolFigure() {
  const [state, setState] = useWidgetState(foolWidget);
  const { photo } = state;
  const info = photoInfo(photo) ?? { width: 512, height: 512 };
  const results = {
    brightness: useCopy(photo, 'brightness', state.brightness),
    contrast: useCopy(photo, 'contrast', state.contrast),
    translation: useCopy(photo, 'translation', state.shift),
    jpeg: useCopy(photo, 'jpeg', state.quality),
  };
  const order: Variant[] = ['brightness', 'contrast', 'translation', 'jpeg'];
  return (
    <Figure widget={foolWidget} caption={t.caption}>
      <div className="mb-3">
        <PhotoPicker value={photo} onChange={(id) => setState({ photo: id })} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {order.map((id) => {
          const c = CONTROLS[id];
          const level = state[c.field];
          const r = results[id];
          return (
            <section key={id} aria-label={t.variants[id]} className="min-w-0">
              <h4 className="mt-0 mb-2 text-base font-semibold">{t.variants[id]}</h4>
              <PhotoCanvas
                rgba={r.value?.rgba}
                width={r.value?.width ?? info.width}
                height={r.value?.height ?? info.height}
                alt={t.alt[id](level)}
                kind={id}
                pending={r.pending}
              />
              <Slider
                label={c.label}
                range={c.range}
                value={level}
                onChange={(v) => setState({ [c.field]: v })}
                format={c.format}
                classes="mt-2"
              />
              <div className="mt-2">
                <CopyReadouts result={r} subject={id} showMse={false} />
              </div>
              <p className="mt-1 mb-0 text-sm text-muted">
                {id === 'translation' && r.value
                  ? t.overlapNote(r.value.scored_width)
                  : id === 'jpeg'
                    ? t.jpegNote
                    : ''}
              </p>
            </section>
          );
        })}
      </div>
      <RankTable
        psnr={order.map((id) => results[id].value?.psnr)}
        ssim={order.map((id) => results[id].value?.ssim)}
        eye={state.eye}
        onEye={(eye) => setState({ eye })}
      />
    </Figure>
  );
}
