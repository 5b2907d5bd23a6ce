/**
 * UI strings of challenge links and progress (issue 16 items 4-5): the
 * "Make a challenge" panel, the goal banner, the section's Challenges block
 * and the progress lines of the landing page.
 */
/** A goal's comparison: at least (>=) or at most (<=). */
type Comparison = '>=' | '<=';

/** Formats a goal value for people: up to four significant decimals, no trailing zeros. */
function number(value: number): string {
  return String(Number(value.toPrecision(4)));
}

export const challengeText = {
  menuItem: 'Make a challenge',
  menuItemNamed: (title: string) => `Make a challenge: ${title}`,
  panelTitle: (title: string) => `Make a challenge: ${title}`,
  panelIntro:
    'Set the figure the way students should start, pick up to two goals on its numbers, and hide controls they should not use. The link carries it all.',
  goalLegend: (n: number) => `Goal ${n}`,
  readout: 'Readout',
  noGoal: '(none)',
  comparison: 'Comparison',
  atLeast: 'at least',
  atMost: 'at most',
  value: 'Value',
  hideLegend: 'Hide these controls from students',
  noControls: 'This figure has no controls to hide.',
  noReadouts: 'This figure shows no numbers to set a goal on.',
  titleField: 'Challenge title (optional)',
  makeLink: 'Make the link',
  link: 'Challenge link',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'Copy failed: select the link and copy it yourself.',
  needGoal: 'Pick at least one readout and a value.',
  close: 'Close',
  closeNamed: (title: string) => `Close: make a challenge, ${title}`,
  comparisonWords: (cmp: Comparison) => (cmp === '>=' ? 'at least' : 'at most'),
  /** "Make pixel accuracy at least 0.95 and person IoU at most 0.1". */
  goalSentence: (parts: readonly { label: string; cmp: Comparison; value: number }[]) =>
    `Make ${parts
      .map((p) => `${p.label} ${p.cmp === '>=' ? 'at least' : 'at most'} ${number(p.value)}`)
      .join(' and ')}.`,
  bannerHeading: 'Challenge',
  status: 'Status:',
  met: 'met',
  notMet: 'not met',
  current: (label: string, value: string) => `${label} now: ${value}`,
  noValue: 'no value yet',
  undefinedValue: 'undefined (0/0)',
  success: (goal: string) => `Challenge met: ${goal} Well done.`,
  doneBefore: 'You met this challenge before.',
  figureMissing: 'The figure of this challenge is not on this page.',
  broken: 'This challenge link is damaged, so no challenge is shown; the page works as usual.',
  exit: 'Leave the challenge',
  blockHeading: 'Challenges',
  blockIntro:
    'Try these goals on the figures above. Each link sets up the figure and checks your numbers live.',
  open: 'Try it',
  openNamed: (title: string) => `Try it: ${title}`,
  metMark: 'met',
  notMetMark: 'not met yet',
  sectionProgress: (met: number, total: number) => `${met} of ${total} challenges met`,
  clearProgress: 'Clear my progress',
  /** Landing-card progress, e.g. "2 of 4 checks answered, 1 of 2 challenges met". */
  cardProgress: (answered: number, questions: number | null, met: number, challenges: number) => {
    const checks = `${questions === null ? `${answered}` : `${answered} of ${questions}`} ${
      (questions ?? answered) === 1 ? 'check' : 'checks'
    } answered`;
    return challenges === 0
      ? checks
      : `${checks}, ${met} of ${challenges} ${challenges === 1 ? 'challenge' : 'challenges'} met`;
  },
  otherMet: (n: number) => ` (and ${n} from shared links)`,
  progressLabel: (title: string) => `Your progress in ${title}`,
};
