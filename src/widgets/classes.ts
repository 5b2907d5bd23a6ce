/** Shared CSS class strings of widget-made controls. */

/** Classes of a section's buttons (the shell's `ba-button` plus a visible frame in both themes). */
export const BUTTON_CLASS =
  'ba-button min-h-9 rounded border border-current/40 px-3 py-1 hover:bg-current/10 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * Classes of a grid of readout cards (add `grid-cols-N`): the cards may shrink below their usual
 * minimum width, and on phones they get a smaller number, so three fit side by side.
 */
export const READOUT_GRID = 'ba-readouts-tight grid gap-2 sm:gap-3';
