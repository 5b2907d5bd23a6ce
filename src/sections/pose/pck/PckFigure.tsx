/**
 * Figure `pose.pck`: PCK@alpha of the torso and PCKh@alpha of a head-size
 * stand-in for the predictions of the paradox figure (shared state), with a
 * threshold circle around each ground-truth joint, the binary verdict per
 * joint beside OKS's graded term, and a slider for each alpha. Numbers from
 * the worker (`pose_pck_terms`, `pose_oks_terms`).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../state/useWidgetState';
import { useMetric } from '../../../worker/useMetric';
import { Figure } from '../../../widgets/Figure';
import { Slider } from '../../../widgets/Slider';
import { poseText } from '../../../i18n/pose';
import {
  HEAD_ALPHA_RANGE,
  paradoxWidget,
  pckWidget,
  PCK_REFERENCES,
  SUBJECTS,
  TORSO_ALPHA_RANGE,
} from '../state';
import { LARGE_PERSON, SMALL_PERSON, type Person, type ParadoxSubject } from '../model/scene';
import { replacePoint, type Point } from '../model/geometry';
import { JOINTS, jointWords } from '../model/skeleton';
import { oksArgs, pckArgs } from '../model/args';
import { snapToStep } from '../model/snap';
import type { OksTermsResult, PckTermsResult } from '../resultTypes';
import { ParadoxScene, type ScenePerson } from '../draw/ParadoxScene';
import { Legend, LegendItem } from '../draw/Legend';
import { POSE_STYLES } from '../draw/styles';
import { PckPanel } from './PckPanel';
import { PckTable } from './PckTable';

const t = poseText.pck;

/** The worker results for one person. */
function usePersonPck(person: Person, pred: readonly Point[], alphaTorso: number, alphaHead: number) {
  const torsoArgs = useMemo(() => pckArgs(person.gt, pred, 'torso', alphaTorso), [person, pred, alphaTorso]);
  const headArgs = useMemo(() => pckArgs(person.gt, pred, 'head', alphaHead), [person, pred, alphaHead]);
  const oks = useMemo(() => oksArgs(person, pred), [person, pred]);
  return {
    torso: useMetric<PckTermsResult>('pose_pck_terms', torsoArgs),
    head: useMetric<PckTermsResult>('pose_pck_terms', headArgs),
    oks: useMetric<OksTermsResult>('pose_oks_terms', oks),
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
  const large = usePersonPck(LARGE_PERSON, poses.large, state.alphaTorso, state.alphaHead);
  const small = usePersonPck(SMALL_PERSON, poses.small, state.alphaTorso, state.alphaHead);
  const results = { 'large-person': large, 'small-person': small };
  const ref = state.circles;
  const scene = (person: Person, subject: ParadoxSubject, key: 'large' | 'small'): ScenePerson => ({
    id: subject,
    gt: person.gt,
    silhouette: person.silhouette,
    pred: poses[key],
    region: person.region,
    jointLabel: (i) => t.jointLabel(jointWords(JOINTS[i]!), subject),
    onMove: (i, p) => setPoses((s) => ({ [key]: replacePoint(s[key], i, p) })),
    overlay: <Circles gt={person.gt} radius={results[subject][ref].value?.threshold} />,
  });
  const chosen = results[state.person];
  return (
    <Figure
      widget={pckWidget}
      caption={
        <>
          <p>{t.caption}</p>
          <p>{t.torsoNote}</p>
          <p>{t.headProxy}</p>
        </>
      }
      onReset={reset}
    >
      <div className="grid gap-4 md:grid-cols-2">
        <Slider
          label={t.alphaTorso}
          min={TORSO_ALPHA_RANGE.min}
          max={TORSO_ALPHA_RANGE.max}
          step={TORSO_ALPHA_RANGE.step}
          digits={2}
          value={state.alphaTorso}
          onChange={(v) =>
            setState({
              alphaTorso: snapToStep(v, TORSO_ALPHA_RANGE.step, TORSO_ALPHA_RANGE.min, TORSO_ALPHA_RANGE.max),
            })
          }
        />
        <Slider
          label={t.alphaHead}
          min={HEAD_ALPHA_RANGE.min}
          max={HEAD_ALPHA_RANGE.max}
          step={HEAD_ALPHA_RANGE.step}
          digits={2}
          value={state.alphaHead}
          onChange={(v) =>
            setState({
              alphaHead: snapToStep(v, HEAD_ALPHA_RANGE.step, HEAD_ALPHA_RANGE.min, HEAD_ALPHA_RANGE.max),
            })
          }
        />
      </div>
      <fieldset className="m-0 mt-3 flex flex-wrap gap-4 border-0 p-0">
        <legend className="mb-1 font-semibold">{t.circles}</legend>
        {PCK_REFERENCES.map((r) => (
          <label key={r} className="flex items-center gap-2">
            <input
              type="radio"
              name="pose-pck-circles"
              checked={state.circles === r}
              onChange={() => setState({ circles: r })}
            />
            {r === 'torso' ? t.circleTorso : t.circleHead}
          </label>
        ))}
      </fieldset>
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
            <LegendItem swatch="h-3 w-3 rounded-full border-2 border-accent bg-accent/10">
              {ref === 'torso' ? t.circleTorso : t.circleHead}
            </LegendItem>
          }
        />
      </div>
      <div className="mt-4 grid min-w-0 gap-4 2xl:grid-cols-2 [&>*]:min-w-0">
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
      <fieldset className="m-0 mt-4 flex flex-wrap gap-4 border-0 p-0">
        <legend className="mb-1 font-semibold">{t.tableFor}</legend>
        {SUBJECTS.map((s) => (
          <label key={s} className="flex items-center gap-2">
            <input
              type="radio"
              name="pose-pck-person"
              checked={state.person === s}
              onChange={() => setState({ person: s })}
            />
            {poseText.personName(s)}
          </label>
        ))}
      </fieldset>
      <div className="mt-2">
        <PckTable subject={state.person} {...chosen} />
      </div>
    </Figure>
  );
}
