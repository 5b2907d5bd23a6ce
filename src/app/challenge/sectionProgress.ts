/**
 * Each section's progress for the landing page (issue 16 item 5): self-check
 * questions answered (of how many the section asks) and built-in challenges
 * met (of how many it ships), from the progress store. The question counts
 * come from each section's `closing.ts`, loaded lazily so the landing page
 * stays light; until they arrive the total is unknown (null).
 */
import { useEffect, useState } from 'react';
import { selfCheckIdOf, useProgress } from '../../state/slices/progressSlice';
import { SECTION_CATALOGUE } from '../sections';
import { builtInChallenges } from './builtIn';

const closings = import.meta.glob<readonly unknown[]>('../../sections/*/closing.ts', { import: 'QUESTIONS' });

/** One section's progress. */
export interface SectionProgress {
  answered: number;
  /** Questions in the section's self-check, or null while unknown. */
  questions: number | null;
  /** Built-in challenges met. */
  met: number;
  /** Built-in challenges shipped. */
  challenges: number;
  /** Challenges met from links made by instructors (not built in). */
  fromLinks: number;
}

/** Loads the number of self-check questions of a section (null when it has none or it fails). */
export async function loadQuestionCount(sectionId: string): Promise<number | null> {
  const folder = SECTION_CATALOGUE.find((s) => s.id === sectionId)?.page.split('/')[0];
  const load = folder ? closings[`../../sections/${folder}/closing.ts`] : undefined;
  if (!load) return null;
  try {
    return (await load()).length;
  } catch {
    return null;
  }
}

/** The live progress of a section. */
export function useSectionProgress(sectionId: string): SectionProgress {
  const [questions, setQuestions] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void loadQuestionCount(sectionId).then((n) => {
      if (live) setQuestions(n);
    });
    return () => {
      live = false;
    };
  }, [sectionId]);
  const answered = useProgress((s) => Object.keys(s.answers[selfCheckIdOf(sectionId)] ?? {}).length);
  const metIds = useProgress((s) => s.challenges[sectionId]);
  const builtIns = builtInChallenges(sectionId);
  const met = builtIns.filter((b) => metIds?.includes(b.id)).length;
  const fromLinks = (metIds ?? []).filter((id) => !builtIns.some((b) => b.id === id)).length;
  return { answered, questions, met, challenges: builtIns.length, fromLinks };
}
