/**
 * A landing card's progress line (issue 16 item 5): "2 of 4 checks
 * answered, 1 of 2 challenges met", as text screen readers read.
 */
import { challengeText as t } from '../../i18n/challenge';
import { useSectionProgress } from './sectionProgress';
import './challenge.css';

/** Props of SectionProgressLine. */
export interface SectionProgressLineProps {
  sectionId: string;
  title: string;
}

/** The progress of one section, as one line of text. */
export function SectionProgressLine({ sectionId, title }: SectionProgressLineProps) {
  const p = useSectionProgress(sectionId);
  return (
    <p className="ba-card__progress" data-progress={sectionId}>
      <span className="sr-only">{t.progressLabel(title)}: </span>
      {t.cardProgress(p.answered, p.questions, p.met, p.challenges)}
      {p.fromLinks > 0 ? t.otherMet(p.fromLinks) : ''}
    </p>
  );
}
