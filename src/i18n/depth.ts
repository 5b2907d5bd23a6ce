/**
 * UI strings of the depth section (#/depth): figure titles, captions, control
 * labels, readout labels and notes. The prose stays with the section's
 * components.
 */
import { messages } from './messages';

export const depthText = {
  section: {
    title: messages.sections.depth.title,
    summary:
      'A 10 cm miss on a wall 10 m away and on a book 1 m away: RMSE calls them equal, AbsRel does not. Slide predictions, add noise by distance, and change the evaluation conventions.',
  },
  subjects: { wall: 'wall', book: 'book', both: 'both' } as Record<string, string>,
  wallBook: {
    title: 'A wall and a book',
    caption:
      'Both predictions are 10 cm short. Slide them and compare the error in metres with the error relative to the distance.',
    wallSlider: 'Predicted wall depth (m)',
    bookSlider: 'Predicted book depth (m)',
    drawing: (wall: string, book: string) =>
      `Side view: a camera, a book 1 m away predicted at ${book}, and a wall 10 m away predicted at ${wall}`,
    camera: 'camera',
    wallTrue: 'wall, true 10 m',
    bookTrue: 'book, true 1 m',
    predictedAt: (m: string) => `predicted ${m}`,
    tableCaption: 'Errors of the wall, the book and both pixels together',
    metricHeader: 'Metric',
    wallName: 'Wall (10 m)',
    bookName: 'Book (1 m)',
    bothName: 'Both pixels',
    absError: 'Absolute error',
    rmse: 'RMSE',
    absRel: 'AbsRel',
    a1: 'δ < 1.25',
    spoken: {
      absWall: 'Absolute error of the wall: {w} minus 10 metres, in absolute value, is {ew}',
      absBook: 'Absolute error of the book: {b} minus 1 metre, in absolute value, is {eb}',
      relWall: 'AbsRel of the wall: the absolute difference of {w} and 10, over 10, is {rw}',
      relBook: 'AbsRel of the book: the absolute difference of {b} and 1, over 1, is {rb}',
      rmse: 'RMSE of both pixels equals the square root of half of the sum of ({w} minus 10) squared and ({b} minus 1) squared, which is {rmse}',
      a1: 'Delta below 1.25 is the share of the two pixels whose ratio of predicted to true depth, or its inverse, is below 1.25: {a1}',
    },
  },
  map: {
    title: 'A depth map, error by distance',
    caption:
      'The true depth map, the prediction in the same colours (the same colour is the same distance), and the error of each pixel. Hatched: sky, which has no ground truth and is skipped. The noise is seeded, so the same settings always give the same map.',
    scale: 'Global scale',
    nearNoise: 'Near noise (σ, % of true depth, under 3 m)',
    farNoise: 'Far noise (σ, % of true depth, over 20 m)',
    edgeBlur: 'Edge blur (px)',
    errorMode: 'Error map',
    absolute: 'Absolute (m)',
    relative: 'Relative (% of true depth)',
    gtAlt:
      'Ground-truth depth map of a street with a floor, two side walls, a far wall, a crate, a chair, a person, a car, a pillar, a kiosk, a far building and sky',
    predAlt: 'The predicted depth map of the same street',
    absAlt: 'Map of the absolute error in metres for each pixel',
    relAlt: 'Map of the error relative to the true depth for each pixel',
    gtHeading: 'Ground truth',
    predHeading: 'Prediction',
    errorHeading: 'Error',
    legendDepth: 'Depth (m)',
    legendAbs: 'Absolute error (m)',
    legendRel: 'Relative error (%)',
    noTruth: 'no ground truth (sky)',
    metricsHeading: 'Depth metrics (KITTI protocol: ground truth under 80 m, sky skipped)',
    otherMetrics: 'The rest of the standard list',
    bandsHeading: 'Who makes the error? Share of each distance band',
    bandsIntro: (near: number, far: number) =>
      `The scene has ${near.toLocaleString('en')} valid pixels nearer than 3 m and ${far.toLocaleString('en')} beyond 20 m.`,
    bandNames: { near: 'under 3 m', mid: '3–10 m', midfar: '10–20 m', far: 'over 20 m' } as Record<
      string,
      string
    >,
    pixelsShare: 'pixels',
    rmseShare: 'squared error (RMSE)',
    absRelShare: 'relative error (AbsRel)',
    bandsChart:
      'Bar chart: for each distance band, its share of the pixels, of the squared error and of the relative error',
    noErrorShare: 'No error to share: the prediction is exact.',
  },
  conventions: {
    title: 'Conventions that change the numbers',
    caption:
      'A monocular model that gets every depth right up to one unknown scale factor. Change how it is evaluated and watch the same prediction score differently. Hatched pixels are not counted by the main readouts.',
    scale: 'Scale error of the model',
    cap: 'Depth cap',
    caps: { kitti: 'KITTI, 80 m', nyu: 'NYU, 10 m', none: 'No cap' } as Record<string, string>,
    fill: 'Sky in the naive readout',
    fills: { zero: 'set to 0 m', cap: 'set to the cap' } as Record<string, string>,
    fillNoCap: 'Without a cap, the naive readout sets the sky to 0 m.',
    medianScaling: 'Median scaling',
    countedAlt: 'Map of the pixels the evaluation counts; skipped pixels are hatched',
    notCounted: 'not counted: no ground truth (sky) or beyond the cap',
    counted: (n: number, total: number) =>
      `${n.toLocaleString('en')} of ${total.toLocaleString('en')} pixels counted.`,
    scaleApplied: (s: string) => `Median scaling multiplies every prediction by ${s}.`,
    mainHeading: 'Standard evaluation (pixels without ground truth skipped)',
    naiveHeading: 'Naive evaluation (every pixel counted, sky filled in): do not report this',
    rmse: 'RMSE',
    absRel: 'AbsRel',
    a1: 'δ < 1.25',
    naiveRmse: 'Naive RMSE',
    naiveA1: 'Naive δ < 1.25',
    naiveNote: (skyPrediction: number, fill: string) =>
      `The model predicts ${skyPrediction} m for every sky pixel; the naive script compares that with a sky ${fill} and counts every pixel, even those beyond the cap.`,
  },
  readoutLabels: {
    abs_rel: 'AbsRel',
    sq_rel: 'SqRel',
    rmse: 'RMSE',
    rmse_log: 'RMSE(log)',
    log10: 'log10',
    silog: 'SILog',
    a1: 'δ < 1.25',
    a2: 'δ < 1.25²',
    a3: 'δ < 1.25³',
    abs_error: 'Mean absolute error',
  } as Record<string, string>,
  noValid: 'No pixel has ground truth inside the cap, so there is nothing to average.',
};
