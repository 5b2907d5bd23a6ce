/**
 * The closing parts every section ends with: the self-check, what to report
 * instead of one bare number, and the references.
 */
import { SelfCheck } from './SelfCheck';
import { WhatToReport } from './WhatToReport';
import { References } from './References';
import type { SelfCheckQuestion } from './selfCheck';
import type { Reference } from './references';
import { selfCheckIdForHash } from './selfCheckStore';

/** What a section's closingContent module exports. */
export interface ClosingContent {
  QUESTIONS: readonly SelfCheckQuestion[];
  WHAT_TO_REPORT: readonly string[];
  REFERENCES: readonly Reference[];
}

/** Props of SectionClosing. */
export interface SectionClosingProps {
  /**
   * Written as `data-selfcheck` on the self-check (e.g. `pose.selfcheck`) and the key of its kept answers;
   * default `<route>.selfcheck` from the current route.
   */
  selfCheckId?: string;
  /** The section's closingContent module (`import * as closing from './closingContent'`). */
  content: ClosingContent;
}

/** Self-check, "what to report instead" and references of one section. */
export function SectionClosing({ selfCheckId, content }: SectionClosingProps) {
  return (
    <>
      <SelfCheck id={selfCheckId ?? selfCheckIdForHash(window.location.hash)} questions={content.QUESTIONS} />
      <WhatToReport items={content.WHAT_TO_REPORT} />
      <References items={content.REFERENCES} />
    </>
  );
}
