/** UI strings of presentation mode (`#/present/<section>`) and of the figure menu's Enlarge item. */
export const presentText = {
  /** The section page's button that opens presentation mode. */
  present: 'Present',
  presentNamed: (section: string) => `Present: ${section}`,
  presentHint: 'Show the figures one per slide for a lecture (key P)',
  /** The landmark of the slide controls. */
  controls: 'Slide controls',
  previous: 'Previous',
  next: 'Next',
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  /** The slide counter: "3 / 12". */
  counter: (n: number, total: number) => `${n} / ${total}`,
  counterLabel: (n: number, total: number) => `Slide ${n} of ${total}`,
  notes: 'Notes',
  notesLabel: 'Speaker notes (key N)',
  notesHeading: 'Speaker notes',
  noNotes: 'No notes for this slide.',
  /** The notes panel's button that opens the notes in a window of their own (the presenter's laptop). */
  notesWindow: 'Open notes in a new window',
  notesWindowHint: 'The notes window follows the slides; its keys change slides too.',
  /** The notes window (`#/present/<section>/notes`). */
  notesWindowTitle: (section: string) => `Speaker notes: ${section} · Beyond Accuracy`,
  notesWaiting: 'Waiting for the presentation… Open it (or press a key in it) in the other window.',
  notesSlide: (n: number, total: number) => `Slide ${n} of ${total}`,
  notesNext: 'Next slide',
  notesLast: 'This is the last slide.',
  timer: 'Time since the notes opened',
  timerReset: 'Reset timer',
  qr: 'QR code',
  qrLabel: 'Show this slide’s link as a QR code (key Q)',
  qrHeading: 'Open this slide on your phone',
  qrTooLong: 'This state is too large for a QR code. Use the link instead.',
  qrClose: 'Close QR code',
  qrImage: (link: string) => `QR code of the link ${link}`,
  fullscreen: 'Full screen',
  fullscreenLabel: 'Full screen (key F)',
  exit: 'Exit',
  exitLabel: 'Leave presentation mode and return to this figure on the page (Esc)',
  keysHelp:
    'Keys: arrows, Page Up and Page Down or Space move between slides; Home and End jump; F full screen; N notes; Q QR code; Esc back to the page.',
  loading: 'Loading the slides…',
  noSlides: 'This section has no figures to present.',
  documentTitle: (section: string, n: number, total: number) =>
    `${section}: slide ${n} of ${total} · Beyond Accuracy`,
  /** The figure menu's item and the enlarged view. */
  enlarge: 'Enlarge',
  enlargeNamed: (title: string) => `Enlarge: ${title}`,
  enlargedLabel: (title: string) => `Enlarged figure: ${title}`,
  closeEnlarged: 'Close',
  closeEnlargedNamed: (title: string) => `Close enlarged figure: ${title}`,
} as const;
