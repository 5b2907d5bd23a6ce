/**
 * Figure `pose.paradox`: the 5-pixel paradox. A large and a small person
 * with ground-truth and draggable predicted skeletons; a button that puts
 * every prediction 5 px from its ground truth; each person's OKS from the
 * worker (`pose_oks_terms`) with the focused joint's term filled in.
 */
import { useMemo, useState } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { poseText } from '../../../../i18n/pose';
import { paradoxWidget } from '../../state';
import { LARGE_PERSON, PRESET_SHIFT, SMALL_PERSON, type ParadoxSubject } from '../../../../scenes/pose/scene';
import { replacePoint, shiftAll } from '../../../../scenes/pose/geometry';
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
  const largeArgs = useMemo(() => oksArgs(LARGE_PERSON, state.large), [state.large]);
  const smallArgs = useMemo(() => oksArgs(SMALL_PERSON, state.small), [state.small]);
  const large = useMetric('pose_oks_terms', largeArgs);
  const small = useMetric('pose_oks_terms', smallArgs);
  const label = (subject: ParadoxSubject) => (i: number) => t.jointLabel(jointWords(JOINTS[i]!), subject);
  const shift = () =>
    setState({
      large: shiftAll(LARGE_PERSON.gt, PRESET_SHIFT[0], PRESET_SHIFT[1], LARGE_PERSON.region),
      small: shiftAll(SMALL_PERSON.gt, PRESET_SHIFT[0], PRESET_SHIFT[1], SMALL_PERSON.region),
    });
  return (
    <Figure
      widget={paradoxWidget}
      caption={
        <>
          <p>{t.caption}</p>
          <p>{t.shiftNote}</p>
        </>
      }
      onReset={reset}
      actions={
        <button type="button" className="ba-button" onClick={shift}>
          {t.shift}
        </button>
      }
    >
      <ParadoxScene
        label={t.sceneLabel}
        insetLabel={t.insetLabel}
        large={{
          id: 'large-person',
          gt: LARGE_PERSON.gt,
          silhouette: LARGE_PERSON.silhouette,
          pred: state.large,
          region: LARGE_PERSON.region,
          jointLabel: label('large-person'),
          onMove: (i, p) => setState((s) => ({ large: replacePoint(s.large, i, p) })),
          onFocus: setFocus,
        }}
        small={{
          id: 'small-person',
          gt: SMALL_PERSON.gt,
          silhouette: SMALL_PERSON.silhouette,
          pred: state.small,
          region: SMALL_PERSON.region,
          jointLabel: label('small-person'),
          onMove: (i, p) => setState((s) => ({ small: replacePoint(s.small, i, p) })),
          onFocus: setFocus,
        }}
      />
      <div className="mt-2">
        <Legend />
      </div>
      <h4 className="mt-4 mb-2 text-base font-semibold">{t.formulaHeading(jointWords(JOINTS[focus]!))}</h4>
      <div className="grid min-w-0 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        <OksPanel subject="large-person" area={LARGE_PERSON.area} result={large} joint={focus} />
        <OksPanel subject="small-person" area={SMALL_PERSON.area} result={small} joint={focus} />
      </div>
    </Figure>
  );
}
