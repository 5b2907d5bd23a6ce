/**
 * The message catalogue: every UI string of the shell and the shared widgets
 * (buttons, labels, notices, errors) lives here, not in JSX. Section prose is
 * content and stays with its section.
 *
 * A translation is a new file exporting an object of type `Messages`, e.g.
 * `export const fr: Messages = { ... }`, and `messages` below points at it.
 */

const en = {
  /** BCP 47 tag used for number formatting and the document language. */
  locale: 'en',
  app: {
    name: 'Beyond Accuracy',
    skipToContent: 'Skip to content',
    sectionsNav: 'Sections',
    about: 'About',
    loadingSection: 'Loading the section…',
    /** The header's disclosure button that shows the section links on narrow screens. */
    menu: 'Sections',
    /** In-page contents of a section: its figures, in order. */
    onThisPage: 'On this page',
    /** The phone bar's summary: "On this page" and, once known, where the reader is. */
    onThisPageAt: (title: string) => `On this page: ${title}`,
    sectionNav: 'Section navigation',
    previous: 'Previous',
    next: 'Next',
    allSections: 'All sections',
  },
  theme: {
    group: 'Theme',
    /** Accessible names of the three choices. */
    system: 'Theme: system',
    light: 'Theme: light',
    dark: 'Theme: dark',
  },
  landing: {
    title: 'Beyond Accuracy',
    lead:
      'Beyond Accuracy shows, one trap at a time, why the numbers used to judge computer-vision models, ' +
      'such as accuracy, IoU, mAP and PSNR, can mislead, and which metrics to report instead.',
    audience:
      'It is written for students and engineers who train or evaluate vision models: every number on screen ' +
      'is computed live from what you drag, paint or slide, with the same formulas the reference tools use.',
    sectionsHeading: 'Sections',
    noSections: 'This build has no sections.',
    /** Card line: position in the reading order and reading time. */
    cardMeta: (position: number, minutes: number) => `Part ${position} · ${minutes} min read`,
    /** Text alternative of a card's picture. */
    heroAlt: (title: string) => `The opening figure of “${title}”`,
  },
  /** Titles and card summaries of the sections, by section id (see src/app/sections.ts). */
  sections: {
    loss: {
      title: 'Loss is not a metric',
      shortTitle: 'Loss vs metric',
      summary:
        'Drag ten predicted probabilities: cross-entropy moves with every drag, accuracy only jumps when a point ' +
        'crosses the threshold. Then watch validation loss rise while accuracy holds, and a leaked test set flatter a model.',
    },
    benchmarks: {
      title: 'Benchmarks and their history',
      shortTitle: 'Benchmarks',
      summary:
        'From MNIST to COCO, and the ImageNet error falling below one human annotator. See what top-5 forgives, ' +
        'and watch a 0.01 lead vanish on a small test set.',
    },
    segmentation: {
      title: 'Segmentation: when 90 % accuracy means nothing',
      shortTitle: 'Segmentation',
      summary:
        'A lazy model that paints every pixel as background scores about 90 % pixel accuracy and zero IoU on people. ' +
        'Paint masks and watch IoU, Dice and mIoU tell the truth.',
    },
    detection: {
      title: 'Detection: IoU, precision-recall and the many mAPs',
      shortTitle: 'Detection',
      summary:
        'The same 5-pixel shift costs a small box far more IoU than a large one. Drag boxes, sweep the score ' +
        'threshold, and see why VOC and COCO average precision disagree.',
    },
    'image-quality': {
      title: 'Image quality: PSNR’s 30-year lie',
      shortTitle: 'Image quality',
      summary:
        'PSNR can prefer a blurred photo to a sharp, slightly noisy one. Compare PSNR and SSIM on real photos ' +
        'and cast your own vote.',
    },
    pose: {
      title: 'Pose: the 5-pixel paradox',
      shortTitle: 'Pose',
      summary:
        'A 5-pixel keypoint error is terrible on a small person and negligible on a large one. See how OKS and ' +
        'PCK scale the error.',
    },
    depth: {
      title: 'Depth: when 10 cm is not 10 cm',
      shortTitle: 'Depth',
      summary:
        'Ten centimetres off on a wall 10 m away and on a book 1 m away: RMSE calls the errors equal, relative ' +
        'error does not.',
    },
    generative: {
      title: 'Generative models: judging a distribution',
      shortTitle: 'Generative (FID, IS)',
      summary:
        'A generator that draws only one of eight kinds of sample can still look good image by image. Shape the ' +
        'generated samples and watch FID split into its mean and covariance terms, while Inception Score misses the collapse.',
    },
    'text-to-image': {
      title: 'Text-to-image: did it follow the prompt?',
      shortTitle: 'Text-to-image',
      summary:
        '“A horse riding an astronaut” scores the same as “an astronaut riding a horse”. Compose a scene, type a prompt ' +
        'and see what an embedding score like CLIPScore cannot see.',
    },
    choosing: {
      title: 'Choosing metrics',
      shortTitle: 'Choosing metrics',
      summary:
        'Answer six questions about your problem and get the metrics to report together, the trap each one ' +
        'hides and the convention to state, with the instructors’ one-page table.',
    },
    lab: {
      title: 'Lab: evaluate your own results',
      shortTitle: 'Lab',
      summary:
        'Drop your COCO detections or keypoints, label masks, image pairs or depth maps: the metrics run in your ' +
        'browser, identical to pycocotools and scikit-image, and your files never leave the page.',
    },
  },
  about: {
    title: 'About Beyond Accuracy',
    intro:
      'Beyond Accuracy runs entirely in your browser: nothing you drag, paint or upload leaves the page, ' +
      'and it keeps working offline once loaded.',
    creditsHeading: 'Image credits',
    creditsIntro:
      'The photographs come from the sample data that scikit-image 0.19.3 ships. Their licences, as ' +
      'scikit-image documents them, allow free reuse.',
    creditsColumns: { file: 'File', what: 'What it shows', size: 'Size', licence: 'Licence' },
    builtWithHeading: 'Built with',
    builtWithIntro: 'Open-source tools this app is built on:',
    metricsHeading: 'How the numbers are checked',
    metricsText:
      'Every metric is written in TypeScript and checked against test vectors produced by the reference ' +
      'implementations (scikit-image, pycocotools, pytorch-fid and others).',
  },
  notFound: {
    title: 'Page not found',
    text: (path: string) => `There is no page at “${path}”.`,
    home: 'Go to the start page',
  },
  notices: {
    region: 'Notices',
    dismiss: 'Dismiss notice',
    futureVersion: (version: number) =>
      `This link was made by a newer version of Beyond Accuracy (link format ${version}), so this page shows its default settings.`,
    malformed:
      'The settings in this link are damaged or incomplete, so this page shows its default settings.',
    dismissAll: 'Dismiss all notices',
    unknownWidget: (id: string) =>
      `This link mentions a figure this page does not have (“${id}”); it was ignored.`,
    /** `ids` are the first few quoted ids, already shortened; `more` how many others there are. */
    unknownWidgets: (count: string, ids: string, more: string | null) =>
      `This link mentions ${count} figures this page does not have (${ids}${more ? ` and ${more} more` : ''}); they were ignored.`,
    /** Figures of another page: `count` of them, the first few quoted `ids`, `more` how many others. */
    otherPageWidgets: (count: string, ids: string, more: string | null) =>
      `This link carries settings for ${count === '1' ? 'a figure that belongs' : `${count} figures that belong`} to another page (${ids}${more ? ` and ${more} more` : ''}); they were ignored.`,
    invalidState: (title: string) =>
      `The settings in this link for the figure “${title}” could not be read, so that figure shows its defaults.`,
    invalidStates: (count: string, titles: string) =>
      `The settings in this link for ${count} figures (${titles}) could not be read, so those figures show their defaults.`,
    /** Joins quoted names: “a”, “b”. */
    quoted: (names: readonly string[]) => names.map((n) => `“${n}”`).join(', '),
  },
  numberField: {
    notANumber: 'Type a number, for example 0.45.',
    empty: 'Type a number.',
    outOfRange: (min: string, max: string) => `Type a number from ${min} to ${max}.`,
    offStep: (step: string) => `Use steps of ${step}.`,
  },
  errors: {
    widgetFailed: (title: string) => `The figure “${title}” stopped working.`,
    sectionFailed: 'This section stopped working.',
    /** When a section's code could not be downloaded (offline on a first visit). */
    sectionNotLoaded: 'This part of the app could not be loaded.',
    sectionNotLoadedHelp:
      'You may be offline, and it was not saved for offline use yet. Check your connection and try again.',
    tryAgain: 'Try again',
    somethingFailed: 'This part stopped working.',
    reset: 'Reset',
    unknownError: 'Unknown error.',
  },
  figure: {
    reset: 'Reset',
    copyLink: 'Copy link',
    /** Accessible names: the visible word first, then the figure, so every button's name is unique on the page. */
    resetNamed: (title: string) => `Reset: ${title}`,
    copyLinkNamed: (title: string) => `Copy link: ${title}`,
    more: 'More',
    moreNamed: (title: string) => `More: ${title}`,
    shareLink: 'Share link',
    copied: 'Link copied.',
    copyFailed: 'Your browser did not allow copying; select the link and copy it yourself.',
  },
  implementers: {
    /** Summary line of a collapsed block of expert detail. */
    summary: (topic: string) => `For implementers: ${topic}`,
  },
  readout: {
    undefined: 'undefined (0/0)',
    undefinedReason: 'The formula divides zero by zero here, so no value exists.',
    notYet: '…',
    error: (message: string) => `error: ${message}`,
    notANumber: 'the result is not a number',
    infinity: '∞',
    minusInfinity: '−∞',
    restarted: 'A computation hung; the metrics worker was restarted and the value recomputed.',
  },
  formula: {
    undefinedTerm: 'undefined',
    missingTerm: '?',
    errorTerm: 'error',
  },
  selfCheck: {
    heading: 'Check yourself',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    score: (right: number, answered: number, total: number) =>
      `${right} of ${answered} answered correctly (${total} questions).`,
    clear: 'Clear my progress',
    kept: 'Your answers are kept in this browser only.',
  },
  whatToReport: {
    heading: 'What to report instead',
  },
  references: {
    heading: 'References',
    doi: 'DOI',
    url: 'Address',
  },
};

/** The shape every translation must have. */
export type Messages = typeof en;

/** The active catalogue. */
export const messages: Messages = en;
