/** The figure menu's Embed action (issue 16); being written. */
import type { FigureMenuItemProps } from './FigureMenu';

/** The Embed item of a figure's More menu. */
export function EmbedMenuItem(_props: FigureMenuItemProps) {
  return null;
}
