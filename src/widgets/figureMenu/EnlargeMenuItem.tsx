/** The figure menu's Enlarge action (issue 16); being written. */
import type { FigureMenuItemProps } from './FigureMenu';

/** The Enlarge item of a figure's More menu. */
export function EnlargeMenuItem(_props: FigureMenuItemProps) {
  return null;
}
