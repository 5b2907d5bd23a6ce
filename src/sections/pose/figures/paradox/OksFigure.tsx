/**
 * Figure `pose.paradox`: the 5-pixel paradox, the section's hero. A large and
 * a small person with ground-truth and draggable predicted skeletons, opening
 * with every prediction 5 px off (the trap); buttons put every prediction
 * 5 px off or on its ground truth, and a toggle swaps left and right in
 * both predictions (a left/right inversion). Each person's OKS from the worker
 * (`pose_oks_terms`) sits beside the picture; the focused joint's term is
 * filled in below.
 */
import { useMemo, useState } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { poseText } from '../../../../i18n/pose';
import { exactPoses, paradoxWidget, shiftedPoses } from '../../state';
import { LARGE_PERSON, SMALL_PERSON, type ParadoxSubject } from '../../../../scenes/pose/scene';
import { moveShownJoint, shownPose } from '../../../../scenes/pose/swap';
import { MetricReadout } from '../../../../widgets/MetricReadout';
import { formatForPeople } from '../../../../widgets/format';
import { JOINTS, jointIndex, jointWords } from '../../../../scenes/pose/skeleton';
import { oksArgs } from '../../../../scenes/pose/args';
import { ParadoxScene } from '../shared/ParadoxScene';
import { Legend } from '../shared/Legend';
import { OksPanel } from './OksPanel';

const t = poseText.paradox;

/** The paradox figure. */
export function OksFigure() {
  const [state, setState, reset] = useWidgetState(paradoxWidget);
  const [focus, setFocus] = useState(jointIndex('left_hip'));
  // what the figure shows and scores: the stored predictions, left and right exchanged while swapped
  const largePred = useMemo(() => shownPose(state.large, state.swapped), [state.large, state.swapped]);
  const smallPred = useMemo(() => shownPose(state.small, state.swapped), [state.small, state.swapped]);
  const largeArgs = useMemo(() => oksArgs(LARGE_PERSON, largePred), [largePred]);
  const smallArgs = useMemo(() => oksArgs(SMALL_PERSON, smallPred), [smallPred]);
  const large = useMetric('pose_oks_terms', largeArgs);
  const small = useMetric('pose_oks_terms', smallArgs);
  const label = (subject: ParadoxSubject) => (i: number) => t.jointLabel(jointWords(JOINTS[i]!), subject);
  const people = [
    { subject: 'large-person', r: large, area: LARGE_PERSON.area },
    { subject: 'small-person', r: small, area: SMALL_PERSON.area },
  ] as const;
  const readouts = (
    <div className="flex min-w-[11rem] flex-1 flex-col gap-2">
      <div className="grid grid-cols-2 gap-2 min-[68rem]:grid-cols-1" data-hero-readouts="">
        {people.map(({ subject, r, area }) => (
          <div key={subject} className="flex flex-col gap-0.5">
            <MetricReadout
              metric="oks"
              subject={subject}
              value={r.value?.oks}
              pending={r.pending}
              error={r.error}
              label={t.oks(subject)}
              format="fraction"
              digits={3}
              undefinedReason={t.undefinedReason}
            />
            <span className="text-sm text-muted">{t.areaShort(formatForPeople(area, 'count'))}</span>
          </div>
        ))}
      </div>
      {/* beside the OKS it changes; a toggle, so its state is read out (aria-pressed) */}
      <button
        type="button"
        className="ba-button self-start"
        aria-pressed={state.swapped}
        onClick={() => setState((s) => ({ swapped: !s.swapped }))}
      >
        {t.swap}
      </button>
    </div>
  );
  return (
    <Figure
      widget={paradoxWidget}
      headingLevel={2}
      caption={t.caption}
      onReset={reset}
      actions={
        <>
          <button
            type="button"
            className="ba-button"
            onClick={() => setState({ ...shiftedPoses(), swapped: false })}
          >
            {t.shift}
          </button>
          <button
            type="button"
            className="ba-button"
            onClick={() => setState({ ...exactPoses(), swapped: false })}
          >
            {t.exact}
          </button>
        </>
      }
    >
      <ParadoxScene
        aside={readouts}
        label={t.sceneLabel}
        insetLabel={t.insetLabel}
        large={{
          id: 'large-person',
          gt: LARGE_PERSON.gt,
          silhouette: LARGE_PERSON.silhouette,
          pred: largePred,
          region: LARGE_PERSON.region,
          jointLabel: label('large-person'),
          onMove: (i, p) => setState((s) => ({ large: moveShownJoint(s.large, s.swapped, i, p) })),
          onFocus: setFocus,
        }}
        small={{
          id: 'small-person',
          gt: SMALL_PERSON.gt,
          silhouette: SMALL_PERSON.silhouette,
          pred: smallPred,
          region: SMALL_PERSON.region,
          jointLabel: label('small-person'),
          onMove: (i, p) => setState((s) => ({ small: moveShownJoint(s.small, s.swapped, i, p) })),
          onFocus: setFocus,
        }}
      />
      <div className="mt-2">
        <Legend />
        <p className="m-0 mt-2 empty:hidden" aria-live="polite" data-swap-note="">
          {state.swapped ? t.swappedNote : null}
        </p>
      </div>
      <h3 className="mt-4 mb-2 text-base font-semibold">{t.formulaHeading(jointWords(JOINTS[focus]!))}</h3>
      <div className="grid min-w-0 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <OksPanel subject="large-person" result={large} joint={focus} />
        <OksPanel subject="small-person" result={small} joint={focus} />
      </div>
    </Figure>
  );
}
