/**
 * The built-in challenges (issue 16 item 4): each section lists its own in
 * `src/sections/<folder>/challenges.ts` (export `CHALLENGES`), found here with
 * `import.meta.glob`, so a new section's challenges appear without touching
 * the shell. Each is a challenge link with an id (kept in the progress store
 * when met) and the labels its goals are worded with.
 */
import { encodeShare } from '../../state/share';
import { SECTION_CATALOGUE } from '../sections';
import { CHALLENGE_VERSION, challengeHref, type Challenge, type Goal } from './challengeLink';

/** One goal of a built-in challenge, with the label it is worded with. */
export interface BuiltInGoal extends Goal {
  /** The readout's label as people read it ("IoU of person"). */
  label: string;
}

/** A built-in challenge, solvable from its figure's default state. */
export interface BuiltInChallenge {
  /** Stable id, `<section id>.<name>`. */
  id: string;
  /** Short title. */
  title: string;
  /** Widget id of the figure. */
  widget: string;
  goals: readonly BuiltInGoal[];
  /** Accessible names of controls hidden from the student. */
  hide?: readonly string[];
}

const modules = import.meta.glob<readonly BuiltInChallenge[]>('../../sections/*/challenges.ts', {
  eager: true,
  import: 'CHALLENGES',
});

/** The built-in challenges by section id (the folder of the section's page). */
const BY_SECTION: Readonly<Record<string, readonly BuiltInChallenge[]>> = (() => {
  const out: Record<string, readonly BuiltInChallenge[]> = {};
  for (const [path, list] of Object.entries(modules)) {
    const folder = /sections\/([^/]+)\/challenges\.ts$/.exec(path)?.[1];
    const section = SECTION_CATALOGUE.find((s) => s.page.split('/')[0] === folder);
    if (section) out[section.id] = list;
  }
  return out;
})();

/** The built-in challenges of a section (none when it has no challenges.ts). */
export function builtInChallenges(sectionId: string): readonly BuiltInChallenge[] {
  return BY_SECTION[sectionId] ?? [];
}

/** A built-in challenge as a link challenge. */
export function toChallenge(b: BuiltInChallenge): Challenge {
  return {
    v: CHALLENGE_VERSION,
    w: b.widget,
    goals: b.goals.map(({ key, cmp, value }) => ({ key, cmp, value })),
    hide: [...(b.hide ?? [])],
    title: b.title,
    id: b.id,
  };
}

/**
 * The link of a built-in challenge on a section page: the figure at its
 * defaults (an empty share state resets it) with the challenge.
 */
export function builtInHref(slug: string, b: BuiltInChallenge): string {
  return challengeHref(`#/${slug}?s=${encodeShare({})}`, toChallenge(b));
}

/** The label of a built-in goal by challenge id and readout key, if any. */
export function builtInLabel(challengeId: string | undefined, key: string): string | undefined {
  if (!challengeId) return undefined;
  for (const list of Object.values(BY_SECTION)) {
    const found = list.find((b) => b.id === challengeId);
    if (found) return found.goals.find((g) => g.key === key)?.label;
  }
  return undefined;
}
