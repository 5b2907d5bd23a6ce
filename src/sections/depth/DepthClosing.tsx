/**
 * The closing parts of the depth section: self-check, what to report, and
 * the references.
 */
import { SelfCheck } from '../../widgets/SelfCheck';
import { WhatToReport } from '../../widgets/WhatToReport';
import { References } from '../../widgets/References';
import { QUESTIONS, REFERENCES, WHAT_TO_REPORT } from './closingContent';

/** Self-check, "what to report instead" and references of the depth section. */
export function DepthClosing() {
  return (
    <>
      <SelfCheck questions={QUESTIONS} />
      <WhatToReport>
        <ul>
          {WHAT_TO_REPORT.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </WhatToReport>
      <References items={REFERENCES} />
    </>
  );
}
