/** UI strings of embedded figures (`#/embed/<widget id>`) and the figure menu's Embed item. */
export const embedText = {
  /** The link from an embedded figure to the same figure in the app. */
  openInApp: 'Open in Beyond Accuracy',
  /** Said to screen readers: the link opens a new tab. */
  opensNewTab: '(opens in a new tab)',
  loading: 'Loading the figure…',
  /** The document title of an embedded figure. */
  documentTitle: (title: string) => `${title} · Beyond Accuracy`,
  unknownTitle: 'Figure not found',
  unknown: (id: string) =>
    `There is no figure called “${id}” in Beyond Accuracy. The link may be mistyped or from a newer version of the app.`,
  /** The menu item that shows the iframe snippet. */
  embedNamed: (title: string) => `Embed: ${title}`,
  embed: 'Embed',
  /** The snippet dialog. */
  dialogTitle: (title: string) => `Embed “${title}”`,
  dialogIntro: 'Paste this into a web page to show the figure, in its current state, in a frame.',
  snippetLabel: 'Embed code',
  copy: 'Copy',
  copyNamed: (title: string) => `Copy embed code: ${title}`,
  copied: 'Copied.',
  copyFailed: 'Could not copy: select the code and copy it by hand.',
  closeNamed: (title: string) => `Close embed code: ${title}`,
  close: 'Close',
} as const;
