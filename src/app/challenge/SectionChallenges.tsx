/**
 * Everything challenges add to a section page (issue 16 items 4-5), mounted
 * once by the shell's SectionPage after the section: the section's
 * "Challenges" block (built-in challenges with their links and whether the
 * reader met them), the goal banner of a challenge link (`&c=`), a notice
 * when that parameter is damaged, and the "Make a challenge" panel that any
 * figure's menu item asks for (MAKE_CHALLENGE_EVENT).
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { challengeText as t } from '../../i18n/challenge';
import type { HashLocation } from '../../state/location';
import { selfCheckIdOf, useProgress, progressStore } from '../../state/slices/progressSlice';
import { appStore } from '../../state/store';
import { MAKE_CHALLENGE_EVENT, type MakeChallengeDetail } from '../../widgets/figureMenu/ChallengeMenuItem';
import type { SectionDef } from '../sections';
import { builtInChallenges, builtInHref } from './builtIn';
import { decodeChallenge } from './challengeLink';
import { ChallengeBanner } from './ChallengeBanner';
import { ChallengePanel } from './ChallengePanel';
import { useFigureElement } from './useFigureElement';
import './challenge.css';

/** Props of SectionChallenges. */
export interface SectionChallengesProps {
  section: SectionDef;
  location: HashLocation;
}

interface MakerTarget {
  figure: HTMLElement;
  figureId: string;
  title: string;
}

const NONE: readonly string[] = [];

/** The section's challenges block, banner and maker panel. */
export function SectionChallenges({ section, location }: SectionChallengesProps) {
  const uid = useId();
  const param = location.query.c;
  const read = useMemo(() => (param === undefined ? null : decodeChallenge(param)), [param]);
  const challenge = read?.ok ? read.challenge : null;
  const figure = useFigureElement(challenge?.w ?? null);
  const [maker, setMaker] = useState<MakerTarget | null>(null);
  const builtIns = builtInChallenges(section.id);
  const met = useProgress((s) => s.challenges[section.id]) ?? NONE;
  const hasAnswers = useProgress((s) => s.answers[selfCheckIdOf(section.id)] !== undefined);

  // A damaged challenge parameter: one notice per navigation; the page works as usual.
  useEffect(() => {
    if (read && !read.ok) appStore.getState().addNotice(t.broken);
  }, [read, location.key]);

  useEffect(() => {
    const onMake = (event: Event) => {
      const detail = (event as CustomEvent<MakeChallengeDetail>).detail;
      const el = event.target;
      if (!(el instanceof HTMLElement) || !detail) return;
      setMaker({ figure: el, figureId: detail.figureId, title: detail.title });
    };
    document.addEventListener(MAKE_CHALLENGE_EVENT, onMake);
    return () => document.removeEventListener(MAKE_CHALLENGE_EVENT, onMake);
  }, []);

  const makerFigure = maker?.figure ?? null;
  const closeMaker = useCallback(() => {
    setMaker(null);
    makerFigure?.querySelector<HTMLElement>('.ba-figure-menu > button')?.focus();
  }, [makerFigure]);

  const builtInMet = builtIns.filter((b) => met.includes(b.id)).length;
  const fromLinks = met.filter((id) => !builtIns.some((b) => b.id === id)).length;

  return (
    <>
      {challenge && figure ? (
        <ChallengeBanner challenge={challenge} figure={figure} sectionId={section.id} />
      ) : null}
      {maker ? (
        <ChallengePanel
          figure={maker.figure}
          figureId={maker.figureId}
          title={maker.title}
          onClose={closeMaker}
        />
      ) : null}
      {builtIns.length > 0 ? (
        <div className="ba-flow">
          <section
            className="ba-challenges"
            aria-labelledby={`${uid}-h`}
            data-challenges={section.id}
            data-challenge-part="block"
          >
            <h2 id={`${uid}-h`}>{t.blockHeading}</h2>
            <p>{t.blockIntro}</p>
            <ul className="ba-challenge-list">
              {builtIns.map((b) => {
                const done = met.includes(b.id);
                return (
                  <li key={b.id} data-challenge={b.id} data-met={done ? 'true' : 'false'}>
                    <strong>{b.title}.</strong> {t.goalSentence(b.goals)} ({done ? t.metMark : t.notMetMark}){' '}
                    <a href={builtInHref(section.slug, b)} aria-label={t.openNamed(b.title)}>
                      {t.open}
                    </a>
                  </li>
                );
              })}
            </ul>
            <p data-challenge-progress>
              {t.sectionProgress(builtInMet, builtIns.length)}
              {fromLinks > 0 ? t.otherMet(fromLinks) : ''}
            </p>
            {met.length > 0 && !hasAnswers ? (
              <button
                type="button"
                className="ba-button"
                onClick={() => progressStore.getState().clearSection(section.id)}
              >
                {t.clearProgress}
              </button>
            ) : null}
          </section>
        </div>
      ) : null}
    </>
  );
}
