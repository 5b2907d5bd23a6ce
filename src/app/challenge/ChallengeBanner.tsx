/**
 * What a student sees when opening a challenge link (issue 16 item 4): the
 * goal in plain words above the figure, a live check of the figure's
 * readouts (read from their `data-value` by a MutationObserver), "not met" /
 * "met", and, when met, a success line in a `role="status"` region; the
 * challenge is then kept as met in the progress store. The controls the
 * challenge hides are hidden (figureScan.hideControls). The banner is a
 * portal into an element placed just before the figure.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { challengeText as t } from '../../i18n/challenge';
import { progressStore } from '../../state/slices/progressSlice';
import { formatNumber } from './formatValue';
import { builtInLabel } from './builtIn';
import { challengeProgressId, type Challenge } from './challengeLink';
import { findReadout, hideControls, readoutLabel } from './figureScan';
import { allMet, meets } from './goals';

/** Props of ChallengeBanner. */
export interface ChallengeBannerProps {
  challenge: Challenge;
  figure: HTMLElement;
  sectionId: string;
}

interface GoalView {
  label: string;
  dataValue: string | null;
}

function readGoals(challenge: Challenge, figure: HTMLElement): GoalView[] {
  return challenge.goals.map((g) => {
    const el = findReadout(figure, g.key);
    const label = builtInLabel(challenge.id, g.key) ?? (el ? readoutLabel(el) : g.key);
    return { label, dataValue: el?.getAttribute('data-value') ?? null };
  });
}

function sameViews(a: readonly GoalView[], b: readonly GoalView[]): boolean {
  return (
    a.length === b.length && a.every((x, i) => x.label === b[i]?.label && x.dataValue === b[i]?.dataValue)
  );
}

/** How long a challenge link keeps its goal in view while the page above it settles. */
const ANCHOR_MS = 10_000;
/** Events by which the reader takes over the scrolling (the goal is no longer held in view). */
const READER_MOVES = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** The goal banner placed above the challenge's figure. */
export function ChallengeBanner({ challenge, figure, sectionId }: ChallengeBannerProps) {
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [views, setViews] = useState<GoalView[]>(() => readGoals(challenge, figure));
  const [announcement, setAnnouncement] = useState('');
  const wasMet = useRef<boolean | null>(null);

  // The banner's place: an element just before the figure.
  useEffect(() => {
    const el = document.createElement('div');
    el.className = 'ba-challenge-host ba-wide';
    el.setAttribute('data-challenge-part', 'banner');
    figure.parentElement?.insertBefore(el, figure);
    setHost(el);
    // The link's `&w=` scrolls the figure to the top: leave room above it for the goal
    // (scroll-margin, set through the CSSOM), and bring the goal into view now.
    const room = new ResizeObserver(() => {
      figure.style.scrollMarginTop = `${el.offsetHeight + 24}px`;
    });
    room.observe(el);
    const showGoal = () => {
      const box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) el.scrollIntoView({ block: 'start' });
    };
    const frame = requestAnimationFrame(showGoal);
    // Until the reader moves the page themselves (or for ANCHOR_MS), keep the goal in view while the
    // figure's smooth scroll ends and while content above it settles (photos, figures computing).
    const until = performance.now() + ANCHOR_MS;
    let anchored = true;
    const keep = () => {
      if (anchored && performance.now() < until) showGoal();
    };
    const release = () => {
      anchored = false;
    };
    const layout = new ResizeObserver(keep);
    layout.observe(document.body);
    window.addEventListener('scrollend', keep);
    for (const type of READER_MOVES) window.addEventListener(type, release, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      layout.disconnect();
      window.removeEventListener('scrollend', keep);
      for (const type of READER_MOVES) window.removeEventListener(type, release, { capture: true });
      room.disconnect();
      figure.style.scrollMarginTop = '';
      el.remove();
      setHost(null);
    };
  }, [figure]);

  // Live check and hidden controls, following the figure's DOM.
  useEffect(() => {
    const restore: (() => void)[] = [];
    const update = () => {
      // hideControls skips what is already hidden, so this only hides controls that appeared since.
      if (challenge.hide.length > 0) restore.push(hideControls(figure, challenge.hide));
      const next = readGoals(challenge, figure);
      setViews((prev) => (sameViews(prev, next) ? prev : next));
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(figure, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-value', 'aria-busy'],
    });
    return () => {
      observer.disconnect();
      restore.forEach((r) => r());
    };
  }, [figure, challenge]);

  const met = allMet(
    challenge.goals,
    (key) => views[challenge.goals.findIndex((g) => g.key === key)]?.dataValue ?? null,
  );
  const sentence = t.goalSentence(
    challenge.goals.map((g, i) => ({ label: views[i]?.label ?? g.key, cmp: g.cmp, value: g.value })),
  );

  useEffect(() => {
    if (met && wasMet.current !== true) {
      setAnnouncement(t.success(sentence));
      progressStore.getState().meetChallenge(sectionId, challengeProgressId(challenge));
    } else if (!met && wasMet.current === true) setAnnouncement('');
    wasMet.current = met;
  }, [met, sentence, sectionId, challenge]);

  if (!host) return null;
  return createPortal(
    <section
      className="ba-challenge-banner"
      aria-label={t.bannerHeading}
      data-challenge-banner={challenge.w}
      data-met={met ? 'true' : 'false'}
    >
      <p className="ba-challenge-banner__kicker">
        <strong>{challenge.title ? `${t.bannerHeading}: ${challenge.title}` : t.bannerHeading}</strong>
      </p>
      <p className="ba-challenge-banner__goal" data-challenge-goal>
        {sentence}
      </p>
      <ul className="ba-challenge-banner__values">
        {challenge.goals.map((g, i) => {
          const view = views[i];
          const raw = view?.dataValue ?? null;
          const shown = raw === null ? t.noValue : raw === 'undefined' ? t.undefinedValue : formatNumber(raw);
          return (
            <li key={g.key} data-goal-met={meets(raw, g.cmp, g.value) ? 'true' : 'false'}>
              {t.current(view?.label ?? g.key, shown)} ({meets(raw, g.cmp, g.value) ? t.met : t.notMet})
            </li>
          );
        })}
      </ul>
      <p className="ba-challenge-banner__status" data-challenge-status={met ? 'met' : 'not-met'}>
        {t.status} {met ? t.met : t.notMet}
      </p>
      <p role="status" className="ba-challenge-banner__announce">
        {announcement}
      </p>
    </section>,
    host,
  );
}
