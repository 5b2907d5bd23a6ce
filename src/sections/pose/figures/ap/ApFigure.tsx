/**
 * Figure `pose.ap`: from OKS to keypoint AP. Five people, six draggable
 * scored predictions; the COCO keypoint evaluation of the metrics package
 * (`coco_eval`, iou_type "keypoints") gives AP at each OKS threshold and the
 * summary, `pose_keypoint_matches` the verdict of each prediction. On a
 * slide (usePresenting) the picture and the table always share a row, at any
 * screen width, so that the slide is laid out alike at 1920 and 1280 px.
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
import { usePresenting } from '../../../../widgets/present/usePresenting';
import '../../pose.css';

const t = poseText.ap;
/** Columns of the picture and the table: on the page side by side on wide screens only. */
const PAGE_COLUMNS = 'grid-cols-1 min-[100rem]:grid-cols-[minmax(0,3fr)_minmax(26rem,2fr)]';
const SLIDE_COLUMNS = 'grid-cols-[minmax(0,3fr)_minmax(min-content,2fr)]';

/** The keypoint-AP figure. */
export function ApFigure() {
  const [state, setState, reset] = useWidgetState(apWidget);
  const presenting = usePresenting();
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
      <div className={`grid items-start gap-6 [&>*]:min-w-0 ${presenting ? SLIDE_COLUMNS : PAGE_COLUMNS}`}>
        <div className={`flex flex-col gap-2 ${presenting ? '' : 'max-w-[44rem]'}`}>
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
