/** The figure menu's Download PNG and Download SVG actions (issue 16); being written. */
import type { FigureMenuItemProps } from './FigureMenu';

/** The Download items of a figure's More menu. */
export function DownloadMenuItems(_props: FigureMenuItemProps) {
  return null;
}
