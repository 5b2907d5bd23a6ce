/**
 * The COCO person keypoints: names and per-keypoint OKS constants.
 */

/** The 17 COCO person keypoints, in annotation order. */
export const COCO_KEYPOINT_NAMES = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
] as const;

/**
 * Per-keypoint OKS constants sigma of the 17 COCO keypoints (0.026 for the
 * nose ... 0.089 for the ankles), built exactly as pycocotools
 * `Params.setKpParams` does (cocoapi@8c9bcc3:
 * `np.array([.26, .25, ...]) / 10.0`), so some differ from the decimal in
 * the last bit (0.26 / 10 = 0.026000000000000002). They are the standard
 * deviations of human annotators' clicks relative to object scale
 * (Ronchi & Perona, "Benchmarking and Error Diagnosis in Multi-Instance Pose
 * Estimation", ICCV 2017).
 */
export const COCO_SIGMAS: readonly number[] = [
  0.26, 0.25, 0.25, 0.35, 0.35, 0.79, 0.79, 0.72, 0.72, 0.62, 0.62, 1.07, 1.07, 0.87, 0.87, 0.89, 0.89,
].map((s) => s / 10.0);

/** Names of the 10 keypoint stats of pycocotools `_summarizeKps`, in its order. */
export const KEYPOINT_STAT_NAMES = [
  'ap',
  'ap50',
  'ap75',
  'ap_medium',
  'ap_large',
  'ar',
  'ar50',
  'ar75',
  'ar_medium',
  'ar_large',
] as const;
