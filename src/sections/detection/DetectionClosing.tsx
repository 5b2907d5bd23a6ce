/**
 * The closing parts of the detection section: the self-check, what to
 * report instead of one bare mAP, and the references.
 */
import { SelfCheck } from '../../widgets/SelfCheck';
import { WhatToReport } from '../../widgets/WhatToReport';
import { References } from '../../widgets/References';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closingContent';

/** Self-check, what to report and references. */
export function DetectionClosing() {
  return (
    <>
      <SelfCheck id="detection.selfcheck" questions={QUESTIONS} />
      <WhatToReport items={WHAT_TO_REPORT} />
      <References items={REFERENCES} />
    </>
  );
}
