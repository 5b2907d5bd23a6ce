/**
 * App-only entry of the segmentation section: `pedestrian_map` builds the
 * made-up person probability map of the precision-recall figure in the worker
 * (its Gaussian blurs are pixel loops, which stay off the main thread).
 */
import { defineScene } from '../entry';
import { MAP_PARAMS, pedestrianMap } from './probability';

/** `pedestrian_map`. No args (the figure's fixed map). Result: PedestrianMap (`gt` 0/1, `probability` in [0.01, 0.99]). */
export const segmentationSceneEntries = [
  defineScene({
    id: 'pedestrian_map',
    args: {},
    run: () => pedestrianMap(MAP_PARAMS),
  }),
] as const;
