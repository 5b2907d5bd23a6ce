/**
 * The section's fixed data, built once when the section loads: the scene's
 * ground truth, its picture and the slightly sloppy prediction of the
 * empty-reference figure.
 */
import { groundTruth, scenePhoto } from '../../../../scenes/segmentation/scene';
import { DEFAULT_PRESET, presetPrediction } from '../../../../scenes/segmentation/presets';

/** Ground-truth label map of the street scene. */
export const SCENE_GT = groundTruth();

/** The scene's RGBA picture. */
export const SCENE_PHOTO = scenePhoto();

/** The slightly sloppy prediction the empty-reference figure starts from (the painter opens on the lazy one). */
export const DEFAULT_PREDICTION = presetPrediction(DEFAULT_PRESET, SCENE_GT);
