/**
 * Figure `pose.ap`: from OKS to keypoint AP. Five people, six draggable
 * scored predictions; the COCO keypoint evaluation of the metrics package
 * (`coco_eval`, iou_type "keypoints") gives AP at each OKS threshold and the
 * summary, `pose_keypoint_matches` the verdict of each prediction.
 */
import { useMemo } from 'react';
import { useWidgetState } from '../../../../state/useWidgetState';
import { useMetric } from '../../../../worker/useMetric';
import { Figure } from '../../../../widgets/Figure';
import { poseText } from '../../../../i18n/pose';
import { apWidget } from '../../state';
import { apCocoArgs, apPredictedJoints } from '../../../../scenes/pose/args';
import type { Point } from '../../../../scenes/pose/geometry';
import { keypointState } from '../../results';
import { Legend } from '../shared/Legend';
import { ApScene } from './ApScene';
import { ApTable } from './ApTable';
import { ApByThreshold } from './ApByThreshold';
import { ApStats } from './ApStats';

const t = poseText.ap;

/** The keypoint-AP figure. */
export function ApFigure() {
  const [state, setState, reset] = useWidgetState(apWidget);
  const args = useMemo(() => apCocoArgs(state), [state]);
  const matchArgs = useMemo(() => ({ gt: args.gt, dt: args.dt }), [args]);
  const evalResult = keypointState(useMetric('coco_eval', args));
  const matches = useMetric('pose_keypoint_matches', matchArgs);
  const joints = useMemo(() => apPredictedJoints(state), [state]);
  const setOffset = (i: number, p: Point) =>
    setState((s) => ({ offsets: s.offsets.map((o, j) => (j === i ? p : o)) }));
  const setScore = (i: number, v: number) =>
    setState((s) => ({ scores: s.scores.map((x, j) => (j === i ? v : x)) }));
  return (
    <Figure widget={apWidget} caption={t.caption} onReset={reset}>
      <div className="grid grid-cols-1 items-start gap-6 min-[100rem]:grid-cols-[minmax(0,3fr)_minmax(26rem,2fr)] [&>*]:min-w-0">
        <div className="flex max-w-[44rem] flex-col gap-2">
          <ApScene offsets={state.offsets} joints={joints} onOffset={setOffset} />
          <Legend />
        </div>
        <ApTable result={matches} scores={state.scores} onScore={setScore} />
      </div>
      <div className="mt-6 grid grid-cols-1 items-start gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <ApByThreshold result={evalResult} />
        <ApStats result={evalResult} />
      </div>
    </Figure>
  );
}
