/**
 * One person's side of the paradox figure under the picture: the live
 * formula of the focused joint's term, filled in with d_i, s and k_i from
 * the worker, and the OKS it averages into (the OKS readouts themselves sit
 * beside the picture). Formulas are split into aligned lines so they fit
 * a phone.
 */
import { memo } from 'react';
import { LiveFormula } from '../../../../widgets/Formula';
import { poseText } from '../../../../i18n/pose';
import type { MetricState } from '../../../../worker/protocol';
import type { OksTermsResult } from '../../results';
import { JOINTS, jointWords } from '../../../../scenes/pose/skeleton';

/** Props of OksPanel. */
export interface OksPanelProps {
  subject: string;
  result: MetricState<OksTermsResult>;
  /** Index of the joint whose term the formula shows. */
  joint: number;
}

/** Area, OKS and the focused joint's formula for one person. */
export const OksPanel = memo(function OksPanel({ subject, result, joint }: OksPanelProps) {
  const r = result.value;
  const name = jointWords(JOINTS[joint] ?? 'nose');
  return (
    <section
      aria-label={poseText.personHeading[subject]}
      className="flex min-w-0 flex-col gap-2 rounded border border-border p-3"
    >
      <h3 className="m-0 text-base font-semibold">{poseText.personHeading[subject]}</h3>
      <LiveFormula
        tex="\begin{aligned} d_i &= \var{d}\,\mathrm{px} \\ s &= \sqrt{s^2} = \var{s}\,\mathrm{px} \\ k_i &= 2\sigma_i = \var{k} \end{aligned}\kern2px"
        spoken="d i is {d} px, s, the square root of the area, is {s} px, and k i, twice sigma i, is {k}"
        values={{
          d: { value: r?.distance[joint], format: 'number', digits: 2 },
          s: { value: r?.s, format: 'number', digits: 1 },
          k: { value: r?.k[joint], format: 'number', digits: 3 },
        }}
      />
      <LiveFormula
        tex={`\\begin{aligned} \\mathrm{ks}_{\\text{${name}}} &= \\exp\\!\\left(-\\frac{\\var{d}^2}{2 \\cdot \\var{s}^2 \\cdot \\var{k}^2}\\right) \\\\ &= \\var{ks} \\end{aligned}\\kern2px`}
        spoken={`The ${name} term: e to the minus d squared over 2 s squared k squared, with d = {d} px, s = {s} px and k = {k}, is {ks}`}
        values={{
          d: { value: r?.distance[joint], format: 'number', digits: 2 },
          s: { value: r?.s, format: 'number', digits: 1 },
          k: { value: r?.k[joint], format: 'number', digits: 3 },
          ks: { value: r ? (r.similarity[joint] ?? null) : undefined, format: 'fraction', digits: 3 },
        }}
      />
      <LiveFormula
        tex="\mathrm{OKS} = \frac{1}{\var{n}} \sum_{i} \mathrm{ks}_i = \var{oks}"
        spoken="OKS is the mean of the {n} joint terms: {oks}"
        values={{
          n: { value: r?.counted, format: 'count' },
          oks: { value: r?.oks, format: 'fraction', digits: 3 },
        }}
      />
    </section>
  );
});
