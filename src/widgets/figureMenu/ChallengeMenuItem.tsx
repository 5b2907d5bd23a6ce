/** The figure menu's Challenge action (issue 16); being written. */
import type { FigureMenuItemProps } from './FigureMenu';

/** The Challenge item of a figure's More menu. */
export function ChallengeMenuItem(_props: FigureMenuItemProps) {
  return null;
}
