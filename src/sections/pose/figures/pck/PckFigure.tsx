/**
 * Figure `pose.pck`: PCK@alpha of the torso and PCKh@alpha of a head-size
 * stand-in for the predictions of the paradox figure (shared state), with a
 * threshold circle around each ground-truth joint, the binary verdict per
 * joint beside OKS's graded term, and a slider for each alpha. Numbers from
 * the worker (`pose_pck_terms`, `pose_oks_terms`).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { RadioGroup } from '../../../../widgets/RadioGroup';
import { optionsOf } from '../../../../widgets/choices';
import { poseText } from '../../../../i18n/pose';
import {
  HEAD_ALPHA_RANGE,
  paradoxWidget,
  pckWidget,
  PCK_REFERENCES,
  SUBJECTS,
  TORSO_ALPHA_RANGE,
} from '../../state';
import { LARGE_PERSON, SMALL_PERSON, type Person, type ParadoxSubject } from '../../../../scenes/pose/scene';
import type { Point } from '../../../../scenes/pose/geometry';
import { moveShownJoint, shownPose } from '../../../../scenes/pose/swap';
import { JOINTS, jointWords } from '../../../../scenes/pose/skeleton';
import { oksArgs, pckArgs } from '../../../../scenes/pose/args';
import { ParadoxScene, type ScenePerson } from '../shared/ParadoxScene';
import { Legend, LegendItem } from '../shared/Legend';
import '../../pose.css';
import { POSE_STYLES } from '../shared/styles';
import { PckPanel } from './PckPanel';
import { PckTable } from './PckTable';

const t = poseText.pck;

/** The two α sliders: PCK (torso) and PCKh (head). */
const ALPHA_SLIDERS = [
  { key: 'alphaTorso', range: TORSO_ALPHA_RANGE },
  { key: 'alphaHead', range: HEAD_ALPHA_RANGE },
] as const;

/** The worker results for one person. */
function usePersonPck(person: Person, pred: readonly Point[], alphaTorso: number, alphaHead: number) {
  const torsoArgs = useMemo(() => pckArgs(person.gt, pred, 'torso', alphaTorso), [person, pred, alphaTorso]);
  const headArgs = useMemo(() => pckArgs(person.gt, pred, 'head', alphaHead), [person, pred, alphaHead]);
  const oks = useMemo(() => oksArgs(person, pred), [person, pred]);
  return {
    torso: useMetric('pose_pck_terms', torsoArgs),
    head: useMetric('pose_pck_terms', headArgs),
    oks: useMetric('pose_oks_terms', oks),
  };
}

function Circles({ gt, radius }: { gt: readonly Point[]; radius: number | undefined }) {
  if (radius === undefined) return null;
  return (
    <g aria-hidden="true">
      {gt.map((p, i) => (
        <circle key={i} cx={p[0]} cy={p[1]} r={radius} className={POSE_STYLES.threshold} />
      ))}
    </g>
  );
}

/** The PCK figure. */
export function PckFigure() {
  const [state, setState, reset] = useWidgetState(pckWidget);
  const [poses, setPoses] = useWidgetState(paradoxWidget);
  // the paradox figure's predictions as it shows them (left and right exchanged while its swap is on)
  const largePred = useMemo(() => shownPose(poses.large, poses.swapped), [poses.large, poses.swapped]);
  const smallPred = useMemo(() => shownPose(poses.small, poses.swapped), [poses.small, poses.swapped]);
  const shown = { large: largePred, small: smallPred };
  const large = usePersonPck(LARGE_PERSON, largePred, state.alphaTorso, state.alphaHead);
  const small = usePersonPck(SMALL_PERSON, smallPred, state.alphaTorso, state.alphaHead);
  const results = { 'large-person': large, 'small-person': small };
  const ref = state.circles;
  const scene = (person: Person, subject: ParadoxSubject, key: 'large' | 'small'): ScenePerson => ({
    id: subject,
    gt: person.gt,
    silhouette: person.silhouette,
    pred: shown[key],
    region: person.region,
    jointLabel: (i) => t.jointLabel(jointWords(JOINTS[i]!), subject),
    onMove: (i, p) => setPoses((s) => ({ [key]: moveShownJoint(s[key], s.swapped, i, p) })),
    overlay: <Circles gt={person.gt} radius={results[subject][ref].value?.threshold} />,
  });
  const chosen = results[state.person];
  return (
    <Figure
      widget={pckWidget}
      caption={
        <>
          <p>{t.caption}</p>
          <p>
            {t.torsoNote} {t.headProxy}
          </p>
        </>
      }
      onReset={reset}
    >
      <div className="grid gap-4 md:grid-cols-2">
        {ALPHA_SLIDERS.map(({ key, range }) => (
          <Slider
            key={key}
            label={t[key]}
            range={range}
            digits={2}
            value={state[key]}
            onChange={(v) => setState(key === 'alphaTorso' ? { alphaTorso: v } : { alphaHead: v })}
          />
        ))}
      </div>
      <RadioGroup
        className="mt-3"
        legend={t.circles}
        value={state.circles}
        options={optionsOf(PCK_REFERENCES, (r) => (r === 'torso' ? t.circleTorso : t.circleHead))}
        onChange={(circles) => setState({ circles })}
      />
      <div className="mt-3">
        <ParadoxScene
          label={t.sceneLabel}
          insetLabel={t.insetLabel}
          large={scene(LARGE_PERSON, 'large-person', 'large')}
          small={scene(SMALL_PERSON, 'small-person', 'small')}
        />
      </div>
      <div className="mt-2">
        <Legend
          extra={
            <LegendItem swatch="h-3 w-3 rounded-full border-2 border-dashed border-muted bg-fg/5">
              {ref === 'torso' ? t.circleTorso : t.circleHead}
            </LegendItem>
          }
        />
      </div>
      <div className="mt-4 grid min-w-0 gap-4 lg:grid-cols-2 [&>*]:min-w-0">
        {SUBJECTS.map((s) => (
          <PckPanel
            key={s}
            subject={s}
            alphaTorso={state.alphaTorso}
            alphaHead={state.alphaHead}
            {...results[s]}
          />
        ))}
      </div>
      <RadioGroup
        className="mt-4"
        legend={t.tableFor}
        value={state.person}
        options={optionsOf(SUBJECTS, poseText.personName)}
        onChange={(person) => setState({ person })}
      />
      <div className="mt-2">
        <PckTable subject={state.person} {...chosen} />
      </div>
    </Figure>
  );
}
