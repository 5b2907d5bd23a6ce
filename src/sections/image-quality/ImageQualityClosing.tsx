/**
 * The closing parts of the image-quality section: self-check, what to report,
 * and the references.
 */
import { SelfCheck } from '../../widgets/SelfCheck';
import { WhatToReport } from '../../widgets/WhatToReport';
import { References } from '../../widgets/References';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closingContent';

/** Self-check, "what to report instead" and references of the image-quality section. */
export function ImageQualityClosing() {
  return (
    <>
      <SelfCheck questions={QUESTIONS} id="image-quality.selfcheck" />
      <WhatToReport items={WHAT_TO_REPORT} />
      <References items={REFERENCES} />
    </>
  );
}
