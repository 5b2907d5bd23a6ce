/**
 * Widget states of the Lab: each panel's settings (never its files), as
 * declared by the panel's own state module (src/sections/lab/<domain>/state.ts).
 * Re-exported here so the section's one state module names every Lab widget
 * (the widget catalogue reads a module's exported descriptors), and a share
 * link of #/lab restores every panel's settings.
 */
export { cocoWidget } from './figures/coco/state';
export { labSegmentationWidget } from './figures/segmentation/state';
export { imagePairWidget } from './figures/imagePair/state';
export { depthLabWidget } from './figures/depth/state';
