/**
 * The figure menu's "Make a challenge" action (issue 16 item 4). Widgets do
 * not reach into the shell, so the item only asks for the challenge maker:
 * it dispatches a `beyond-accuracy:make-challenge` event on the figure
 * (bubbling, with the figure's id and title); the section page's challenge
 * component (src/app/challenge) opens the maker panel for that figure.
 */
import { challengeText } from '../../i18n/challenge';
import type { FigureMenuItemProps } from './FigureMenu';

/** The event the item dispatches on its figure. */
export const MAKE_CHALLENGE_EVENT = 'beyond-accuracy:make-challenge';

/** The detail of a make-challenge event. */
export interface MakeChallengeDetail {
  figureId: string;
  title: string;
}

/** The Challenge item of a figure's More menu. */
export function ChallengeMenuItem({ figureId, title, figure, close }: FigureMenuItemProps) {
  const open = () => {
    close(false);
    const detail: MakeChallengeDetail = { figureId, title };
    figure.current?.dispatchEvent(new CustomEvent(MAKE_CHALLENGE_EVENT, { detail, bubbles: true }));
  };
  return (
    <li>
      <button
        type="button"
        className="ba-button"
        aria-label={challengeText.menuItemNamed(title)}
        onClick={open}
      >
        {challengeText.menuItem}
      </button>
    </li>
  );
}
