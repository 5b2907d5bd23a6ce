/**
 * One person's PCK readouts (`pck`, `pckh` and, for comparison, `oks`, each
 * with data-subject) and the PCK formula filled in with the reference
 * length and threshold from the worker.
 */
import { memo } from 'react';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { LiveFormula } from '../../../../widgets/Formula';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import type { OksTermsResult, PckTermsResult } from '../../results';

const t = poseText.pck;

/** Props of PckPanel. */
export interface PckPanelProps {
  subject: string;
  alphaTorso: number;
  alphaHead: number;
  torso: MetricState<PckTermsResult>;
  head: MetricState<PckTermsResult>;
  oks: MetricState<OksTermsResult>;
}

/** PCK, PCKh and OKS of one person. */
export const PckPanel = memo(function PckPanel({
  subject,
  alphaTorso,
  alphaHead,
  torso,
  head,
  oks,
}: PckPanelProps) {
  const px = (v: number | undefined) => ({ value: v, format: 'number' as const, digits: 1 });
  return (
    <section
      aria-label={t.panelHeading(subject)}
      className="flex min-w-0 flex-col gap-2 rounded border border-border p-3"
    >
      <h4 className="m-0 text-base font-semibold">{t.panelHeading(subject)}</h4>
      <div className="ba-readouts-compact flex flex-wrap gap-2">
        <MetricReadout
          metric="pck"
          subject={subject}
          value={torso.value?.pck}
          pending={torso.pending}
          error={torso.error}
          label={t.pck(subject)}
          format="fraction"
          digits={3}
        />
        <MetricReadout
          metric="pckh"
          subject={subject}
          value={head.value?.pck}
          pending={head.pending}
          error={head.error}
          label={t.pckh(subject)}
          format="fraction"
          digits={3}
        />
        <MetricReadout
          metric="oks"
          subject={subject}
          value={oks.value?.oks}
          pending={oks.pending}
          error={oks.error}
          label={t.oks(subject)}
          format="fraction"
          digits={3}
        />
      </div>
      <LiveFormula
        tex="\begin{aligned} \text{threshold} &= \var{a} \times \var{ref} = \var{thr} \\ \mathrm{PCK}@\var{a} &= \tfrac{1}{17}\,\#\{d_i < \var{thr}\} = \var{pck} \end{aligned}\kern2px"
        spoken="PCK at {a}: the share of the 17 joints closer than {a} times the torso length {ref} px, that is {thr} px: {pck}"
        values={{
          a: { value: alphaTorso, format: 'number', digits: 2 },
          ref: px(torso.value?.ref_distance),
          thr: px(torso.value?.threshold),
          pck: { value: torso.value?.pck, format: 'fraction', digits: 3 },
        }}
      />
      <LiveFormula
        tex="\begin{aligned} \text{threshold} &= \var{a} \times \var{ref} = \var{thr} \\ \mathrm{PCKh}@\var{a} &= \tfrac{1}{17}\,\#\{d_i < \var{thr}\} = \var{pck} \end{aligned}\kern2px"
        spoken="PCKh at {a}: the share of the 17 joints closer than {a} times the head size {ref} px, that is {thr} px: {pck}"
        values={{
          a: { value: alphaHead, format: 'number', digits: 2 },
          ref: px(head.value?.ref_distance),
          thr: px(head.value?.threshold),
          pck: { value: head.value?.pck, format: 'fraction', digits: 3 },
        }}
      />
    </section>
  );
});
