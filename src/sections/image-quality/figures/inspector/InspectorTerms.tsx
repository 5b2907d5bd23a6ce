/**
 * The numbers of the SSIM inspector at the chosen pixel: for each colour
 * channel the window's means, variances and covariance and the luminance,
 * contrast and structure terms (readouts `ssim.mu_x` ... `ssim.luminance`,
 * `ssim.contrast`, `ssim.structure`, `data-subject` red / green / blue), and
 * the chosen channel's terms substituted into the live formula. The terms
 * are always shown; the 15 statistics sit in a collapsed block (open on a
 * slide or an enlarged figure).
 */
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import type { MetricState } from '../../../../worker/protocol';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { iqText } from '../../../../i18n/imageQuality';
import { usePresenting } from '../../../../widgets/present/usePresenting';
import type { PixelResult, PixelTerms } from '../../results';

const t = iqText.inspector;
/** The window statistics, shown on request (a collapsed block under the terms). */
const STAT_FIELDS: readonly (keyof PixelTerms)[] = ['mu_x', 'mu_y', 'var_x', 'var_y', 'cov_xy'];
/** The terms, always shown. */
const TERM_LIST: readonly (keyof PixelTerms)[] = ['luminance', 'contrast', 'structure', 'pixel_ssim'];
const CHANNELS = [0, 1, 2] as const;
const TERM_FIELDS = new Set<keyof PixelTerms>(['luminance', 'contrast', 'structure', 'pixel_ssim']);

const FORMULA = String.raw`\begin{aligned}
l &= \frac{2\cdot\var{mx}\cdot\var{my} + \var{c1}}{\var{mx}^2 + \var{my}^2 + \var{c1}} = \var{l} \\[0.6em]
c &= \frac{2\cdot\var{sx}\cdot\var{sy} + \var{c2}}{\var{vx} + \var{vy} + \var{c2}} = \var{c} \\[0.6em]
s &= \frac{\var{cxy} + \var{c3}}{\var{sx}\cdot\var{sy} + \var{c3}} = \var{s} \\[0.6em]
\mathrm{SSIM} &= l \cdot c \cdot s = \var{ssim}
\end{aligned}`;

/** One readout tile per field for each colour channel. */
function ChannelGrid({
  fields,
  result,
}: {
  fields: readonly (keyof PixelTerms)[];
  result: MetricState<PixelResult>;
}) {
  const { value, pending, error } = result;
  return (
    <div className="grid gap-2 md:grid-cols-3">
      {t.channels.map((subject, c) => (
        <section
          key={subject}
          aria-label={t.channelNames[c]}
          className="rounded-lg border border-border bg-bg p-2"
        >
          <h5 className="mt-0 mb-1 text-sm font-semibold">{t.channelNames[c]}</h5>
          <div className="grid grid-cols-[repeat(auto-fit,minmax(8.5rem,1fr))] gap-2">
            {fields.map((f) => (
              <MetricReadout
                key={f}
                metric={`ssim.${f}`}
                subject={subject}
                value={value?.channels[c]?.[f]}
                pending={pending}
                error={error}
                label={t.stats[f]}
                format="number"
                digits={TERM_FIELDS.has(f) ? 4 : 2}
              />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** Props of InspectorTerms. */
export interface InspectorTermsProps {
  result: MetricState<PixelResult>;
  channel: 0 | 1 | 2;
  onChannel: (channel: 0 | 1 | 2) => void;
}

/** Per-channel readouts and the live formula of one channel. */
export function InspectorTerms({ result, channel, onChannel }: InspectorTermsProps) {
  const { value } = result;
  const ch = value?.channels[channel];
  const n = (v: number | undefined, digits = 2) => ({ value: v, format: 'number' as const, digits });
  const c2 = value?.c2;
  // a slide shows the statistics open (slides.ts gives them a slide of their own); the page keeps them collapsed
  const presenting = usePresenting();
  return (
    <div>
      <h4 className="mt-4 mb-2 text-base font-semibold">{t.termsHeading}</h4>
      <ChannelGrid fields={TERM_LIST} result={result} />
      <details className="mt-2" open={presenting || undefined}>
        <summary className="cursor-pointer font-semibold">{t.statsHeading}</summary>
        <ChannelGrid fields={STAT_FIELDS} result={result} />
      </details>
      <RadioGroup
        className="mt-3"
        roomy
        legend={t.channel}
        value={channel}
        options={optionsOf(CHANNELS, (c) => t.channelNames[c])}
        onChange={onChannel}
      />
      <div className="mt-2">
        <LiveFormula
          tex={FORMULA}
          spoken={t.formulaSpoken}
          values={{
            mx: n(ch?.mu_x),
            my: n(ch?.mu_y),
            vx: n(ch?.var_x),
            vy: n(ch?.var_y),
            sx: n(ch?.sigma_x),
            sy: n(ch?.sigma_y),
            cxy: n(ch?.cov_xy),
            c1: n(value?.c1),
            c2: n(c2),
            c3: n(value?.c3),
            l: n(ch?.luminance, 4),
            c: n(ch?.contrast, 4),
            s: n(ch?.structure, 4),
            ssim: n(ch?.pixel_ssim, 4),
          }}
        />
      </div>
    </div>
  );
}
