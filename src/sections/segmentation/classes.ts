/** The scene's classes live with the scene in `src/scenes/segmentation/classes.ts`; re-exported for the section. */
export * from '../../scenes/segmentation/classes';
