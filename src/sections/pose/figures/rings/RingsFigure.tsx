/**
 * Figure `pose.rings`: tolerance rings. Around every ground-truth joint of
 * both people, the circles where that joint's OKS term equals 0.75 and 0.5,
 * with radii from the worker (`pose_ring_radii`, i.e. `oks_ring_radius` per
 * joint); a "Person scale" slider shrinks both people, their areas and
 * their rings together. Two loupes put the left eye of each person over a
 * grid of image pixels: the small person's 0.75 ring is narrower than a
 * pixel (the annotation floor).
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { Slider } from '../../../../widgets/Slider';
import { poseText } from '../../../../i18n/pose';
import { ringsWidget, SCALE_RANGE } from '../../state';
import { LARGE_PERSON, SMALL_PERSON } from '../../../../scenes/pose/scene';
import { scalePerson, type ScaledPerson } from '../../../../scenes/pose/scaling';
import { ringArgs } from '../../../../scenes/pose/args';
import type { RingRadiiResult } from '../../results';
import { ParadoxScene, type ScenePerson } from '../shared/ParadoxScene';
import { Legend, LegendItem } from '../shared/Legend';
import '../../pose.css';
import { POSE_STYLES } from '../shared/styles';
import { RingTable } from './RingTable';
import { EyeLoupe } from './EyeLoupe';
import { jointIndex } from '../../../../scenes/pose/skeleton';

const t = poseText.rings;
const LEFT_EYE = jointIndex('left_eye');

function Rings({ person, radii }: { person: ScaledPerson; radii: RingRadiiResult | undefined }) {
  if (!radii) return null;
  return (
    <g aria-hidden="true">
      {person.gt.map((p, i) => {
        const [inner, outer] = radii.radius[i] ?? [];
        return (
          <g key={i}>
            {outer !== undefined && (
              <circle cx={p[0]} cy={p[1]} r={outer} className={POSE_STYLES.ringOuter} />
            )}
            {inner !== undefined && (
              <circle cx={p[0]} cy={p[1]} r={inner} className={POSE_STYLES.ringInner} />
            )}
          </g>
        );
      })}
    </g>
  );
}

/** One person of the scene: ground truth and silhouette, with its tolerance rings drawn over it. */
function ringPerson(
  id: ScenePerson['id'],
  person: ScaledPerson,
  region: ScenePerson['region'],
  radii: RingRadiiResult | undefined,
): ScenePerson {
  return {
    id,
    gt: person.gt,
    silhouette: person.silhouette,
    region,
    overlay: <Rings person={person} radii={radii} />,
  };
}

/** The rings figure. */
export function RingsFigure() {
  const [state, setState, reset] = useWidgetState(ringsWidget);
  const large = useMemo(() => scalePerson(LARGE_PERSON, state.scale), [state.scale]);
  const small = useMemo(() => scalePerson(SMALL_PERSON, state.scale), [state.scale]);
  const largeArgs = useMemo(() => ringArgs(large.area), [large.area]);
  const smallArgs = useMemo(() => ringArgs(small.area), [small.area]);
  const largeRings = useMetric('pose_ring_radii', largeArgs);
  const smallRings = useMetric('pose_ring_radii', smallArgs);
  return (
    <Figure widget={ringsWidget} caption={t.caption} onReset={reset}>
      <Slider
        label={t.scale}
        range={SCALE_RANGE}
        digits={2}
        value={state.scale}
        onChange={(v) => setState({ scale: v })}
      />
      <div className="mt-3">
        <ParadoxScene
          label={t.sceneLabel}
          insetLabel={t.insetLabel}
          large={ringPerson('large-person', large, LARGE_PERSON.region, largeRings.value)}
          small={ringPerson('small-person', small, SMALL_PERSON.region, smallRings.value)}
        />
      </div>
      <div className="mt-2">
        <Legend
          extra={
            <>
              <LegendItem swatch={`h-3 w-3 rounded-full border-2 ${POSE_STYLES.truthBorder}`}>
                {t.legendInner}
              </LegendItem>
              <LegendItem swatch={`h-3 w-3 rounded-full border-2 border-dashed ${POSE_STYLES.truthBorder}`}>
                {t.legendOuter}
              </LegendItem>
            </>
          }
        />
      </div>
      <section aria-labelledby="pose-rings-floor" className="mt-4 flex min-w-0 flex-col gap-2" data-floor="">
        <h3 id="pose-rings-floor" className="m-0 text-base font-semibold">
          {t.floor.heading}
        </h3>
        <p className="m-0 text-sm">{t.floor.intro}</p>
        <div className="flex flex-wrap items-start gap-4">
          <EyeLoupe
            subject="small-person"
            eye={small.gt[LEFT_EYE]!}
            result={smallRings}
            cells={5}
            zoom={45}
          />
          <EyeLoupe
            subject="large-person"
            eye={large.gt[LEFT_EYE]!}
            result={largeRings}
            cells={25}
            zoom={9}
          />
        </div>
        <p className="m-0">{t.floor.note}</p>
      </section>
      <details className="mt-4 min-w-0">
        <summary className="cursor-pointer font-semibold">{t.tables}</summary>
        <div className="mt-2 grid min-w-0 gap-6 md:grid-cols-2 [&>*]:min-w-0">
          <RingTable subject="large-person" area={large.area} result={largeRings} />
          <RingTable subject="small-person" area={small.area} result={smallRings} />
        </div>
      </details>
    </Figure>
  );
}
