/**
 * UI strings of the pose section (#/pose): figure titles, captions, control
 * labels, readout labels, table headings and notes. The prose stays with the
 * section's components.
 */
import { messages } from './messages';

const personWords: Record<string, string> = {
  'large-person': 'large person',
  'small-person': 'small person',
};

/** "large person" / "small person" for a subject id. */
function personName(subject: string): string {
  return personWords[subject] ?? subject;
}

/** The text with its first letter in upper case. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The pose section's UI strings, by figure. */
export const poseText = {
  section: {
    title: messages.sections.pose.title,
  },
  personName,
  personHeading: {
    'large-person': 'Large person (400 px tall)',
    'small-person': 'Small person (40 px tall)',
  } as Record<string, string>,
  area: (area: string) => `Object area s² = ${area} px² (the silhouette’s area)`,
  legend: {
    truth: 'ground truth',
    predicted: 'prediction',
    silhouette: 'silhouette (its area is s²)',
  },
  inset: {
    heading: 'Inset: the small person, magnified 4×',
    frame: '4× inset',
  },
  paradox: {
    title: 'The 5-pixel paradox',
    caption:
      'Predicted joints (hollow diamonds, dashed bones) lie 5 px from the ground truth (filled dots, solid bones). Drag one, or focus it and use the arrow keys.',
    shift: 'Shift every prediction by 5 px',
    exact: 'Put every prediction on its ground truth',
    swap: 'Swap left and right in both predictions',
    swappedNote:
      'Left and right are swapped in both predictions: every joint is found, but each left joint sits where the right one is, so OKS counts every pair as two large misses. Press the button again to undo it.',
    areaShort: (area: string) => `s² = ${area} px²`,
    sceneLabel:
      'A 640 by 480 image with a large person and a small person, ground-truth and predicted skeletons',
    insetLabel: 'The small person, magnified 4 times, with ground-truth and predicted skeletons',
    jointLabel: (joint: string, subject: string) => `predicted ${joint}, ${personName(subject)}`,
    oks: (subject: string) => `OKS, ${personName(subject)}`,
    formulaHeading: (joint: string) => `The ${joint} of each person`,
    undefinedReason: 'No keypoint is labelled.',
  },
  sigmas: {
    caption: 'COCO’s constant per joint (left and right share one)',
    joint: 'Joint',
    sigma: 'σᵢ',
    k: 'kᵢ = 2σᵢ',
  },
  rings: {
    title: 'Tolerance rings',
    tables: 'Ring radii per joint (tables)',
    caption:
      'Around each ground-truth joint, the inner ring is where that joint’s similarity drops to 0.75 and the outer ring where it drops to 0.5. Shrink both people with the slider: the rings shrink with them.',
    scale: 'Person scale',
    sceneLabel: 'Both people with two tolerance rings around every ground-truth joint',
    insetLabel: 'The small person’s tolerance rings, magnified 4 times',
    tableCaption: (subject: string, area: string) => `${capitalised(personName(subject))}: s² = ${area} px²`,
    columns: { joint: 'Joint', k: 'kᵢ = 2σᵢ', inner: 'ring at 0.75 (px)', outer: 'ring at 0.5 (px)' },
    groups: {
      nose: 'nose',
      eye: 'eyes',
      ear: 'ears',
      shoulder: 'shoulders',
      elbow: 'elbows',
      wrist: 'wrists',
      hip: 'hips',
      knee: 'knees',
      ankle: 'ankles',
    } as Record<string, string>,
    radius: (group: string, similarity: string, subject: string) =>
      `Ring radius at similarity ${similarity}, ${group}, ${personName(subject)}`,
    legendInner: 'similarity 0.75',
    legendOuter: 'similarity 0.5',
    floor: {
      heading: 'The annotation floor: the left eye at one pixel’s scale',
      intro:
        'Each grid square is one image pixel; the outlined square holds the ground-truth eye (filled dot). The shaded ring is where the left eye keeps similarity 0.75, the dashed ring 0.5.',
      loupeLabel: (subject: string, zoom: number) =>
        `The ${personName(subject)}’s left eye magnified ${zoom} times over a grid of image pixels, with its rings at similarity 0.75 and 0.5`,
      loupeHeading: (subject: string, zoom: number) =>
        `${capitalised(personName(subject))}, magnified ${zoom}×`,
      radius: (subject: string) => `Left eye ring at 0.75, ${personName(subject)} (px)`,
      note: 'For the small person the 0.75 ring is narrower than one pixel, finer than anyone can click on a face whose eyes are 2 px apart. Two annotators who click neighbouring pixels already differ by more than that, so on small people OKS measures the labels as much as the model.',
    },
  },
  pck: {
    title: 'PCK: a yes-or-no verdict per joint',
    caption:
      'The same predictions as in “The 5-pixel paradox” (moving a joint here moves it there too). A joint is correct when it lies closer than α times a reference length; the shaded circles show that threshold around each ground-truth joint.',
    alphaTorso: 'PCK α (fraction of the torso)',
    alphaHead: 'PCKh α (fraction of the head size)',
    circles: 'Circles show',
    circleTorso: 'PCK threshold',
    circleHead: 'PCKh threshold',
    tableFor: 'Joints of',
    sceneLabel: 'Both people with a PCK threshold circle around every ground-truth joint',
    insetLabel: 'The small person with PCK threshold circles, magnified 4 times',
    jointLabel: (joint: string, subject: string) => `predicted ${joint}, ${personName(subject)} (PCK view)`,
    panelHeading: (subject: string) => `${capitalised(personName(subject))}: PCK, PCKh and OKS`,
    pck: (subject: string) => `PCK@α, ${personName(subject)}`,
    pckh: (subject: string) => `PCKh@α, ${personName(subject)}`,
    oks: (subject: string) => `OKS, ${personName(subject)}`,
    headProxy:
      'COCO’s 17 keypoints have no head top or neck, so PCKh here uses a stand-in for the head size: the distance between the two ground-truth ears. MPII’s PCKh uses 60 % of the diagonal of a hand-drawn head box.',
    torsoNote: 'Torso length: the distance from the ground-truth left shoulder to the right hip.',
    tableCaption: (subject: string) =>
      `${capitalised(personName(subject))}, per joint: a binary verdict beside OKS’s graded one`,
    fullTable: 'All 17 joints (table)',
    summary: (subject: string, wrong: number) =>
      `${capitalised(personName(subject))}: ${wrong} of 17 joints wrong by PCK@α`,
    wrongHeading: 'Wrong joints (distance from the ground truth):',
    wrongNone: 'none: every joint is inside its threshold.',
    wrongItem: (joint: string, d: string) => `${joint} ${d} px`,
    columns: {
      joint: 'Joint',
      distance: 'dᵢ (px)',
      pck: 'PCK@α',
      pckh: 'PCKh@α',
      ks: 'OKS term ksᵢ',
    },
    hit: 'correct',
    miss: 'wrong',
    distanceLabel: (joint: string, subject: string) => `distance of the ${joint}, ${personName(subject)}`,
    ksLabel: (joint: string, subject: string) => `OKS term of the ${joint}, ${personName(subject)}`,
  },
  ap: {
    title: 'From OKS to keypoint AP',
    caption:
      'Five people and six scored predictions (prediction 3 is a second, worse guess for person 2). Drag a predicted skeleton, or focus it and use the arrow keys, and edit the scores. COCO matches predictions to people by OKS, highest score first, at each threshold from 0.50 to 0.95.',
    sceneLabel: 'A 640 by 480 image with five people of different sizes and six predicted skeletons',
    poseLabel: (n: number, person: number, dx: number, dy: number) =>
      `predicted pose ${n} (AP scene, person ${person}): offset x ${dx}, y ${dy}`,
    scoreLabel: (n: number) => `Score of prediction ${n}`,
    tableCaption: 'Predictions, highest score first',
    columns: {
      prediction: 'Prediction',
      score: 'Score',
      person: 'Person',
      oks: 'OKS',
      at50: 'at 0.50',
      at75: 'at 0.75',
    },
    personCell: (n: number) => `person ${n}`,
    oksLabel: (n: number) => `OKS of prediction ${n}`,
    tp: 'TP',
    fp: 'FP',
    ignored: 'ignored',
    duplicate: 'FP (person taken)',
    onlyLoose: 'True positives at 0.50 but not at 0.75:',
    onlyLooseNone: 'none',
    onlyLooseItem: (n: number, person: number) => `prediction ${n} (person ${person})`,
    perThresholdHeading: 'AP at each OKS threshold',
    perThresholdLabel: (t: string) => `AP at OKS ${t}`,
    chartLabel: (values: string) => `Bar chart of AP at each OKS threshold: ${values}`,
    statsHeading: 'COCO keypoint summary (maxDets 20)',
    stats: {
      ap: 'AP (OKS 0.50:0.95)',
      ap50: 'AP at OKS 0.50',
      ap75: 'AP at OKS 0.75',
      ap_medium: 'AP medium',
      ap_large: 'AP large',
      ar: 'AR (OKS 0.50:0.95)',
      ar50: 'AR at OKS 0.50',
      ar75: 'AR at OKS 0.75',
      ar_medium: 'AR medium',
      ar_large: 'AR large',
    } as Record<string, string>,
    sizesNote:
      'Medium: area between 32² and 96² px²; large: above 96² px². COCO does not score small people’s keypoints separately.',
    noGt: 'No person of this size.',
  },
  visibility: {
    title: 'Unlabelled joints do not count',
    caption:
      'The crate hides the person’s left hand, so the annotator left the left wrist unlabelled (v = 0). The model still predicts a left wrist (hollow diamond), 38 px off. Untick a joint to unlabel it, or drag a prediction: predictions of unlabelled joints change nothing.',
    sceneLabel:
      'A person whose left hand is hidden behind a crate, with ground-truth and predicted skeletons',
    jointLabel: (joint: string) => `predicted ${joint} (visibility figure)`,
    labelled: 'Labelled in the ground truth (v > 0)',
    labelledSuffix: ' labelled',
    asLabelled: 'OKS with these labels',
    allLabelled: 'OKS if every joint were labelled',
    counted: (n: number) => `${n} of 17 joints counted`,
    noneLabelled:
      'No joint is labelled. COCO’s evaluation then ignores this person entirely (num_keypoints = 0); the OKS formula alone falls back to distances from an enlarged box.',
    crate: 'crate',
    ignoredLegend: 'not labelled: ignored',
    undefinedReason: 'No keypoint is labelled.',
  },
};
