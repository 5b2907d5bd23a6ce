/** Output pixels per label pixel of the segmentation pictures: room for thin outlines and hatching. */
export const DISPLAY_SCALE = 4;
