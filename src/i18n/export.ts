/** UI strings of the figure menu's Download PNG / Download SVG items and the exported caption. */
export const exportText = {
  pngNamed: (title: string) => `Download PNG: ${title}`,
  svgNamed: (title: string) => `Download SVG: ${title}`,
  png: 'Download PNG',
  svg: 'Download SVG',
  /** Said while a download is prepared and when it failed. */
  preparing: 'Preparing the file…',
  failed: 'Could not make the file in this browser.',
  /** The caption line with the figure's link. */
  linkLabel: 'Link:',
  /** The exported file's credit line. */
  credit: 'Beyond Accuracy',
} as const;
