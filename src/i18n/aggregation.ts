/**
 * Strings of the "per image or pooled?" figures (segmentation, depth, image
 * quality): the shared panel and each section's figure title and caption.
 */
export const aggregationText = {
  panel: {
    images: 'Test images',
    redraw: 'Draw another test set',
    redrawNamed: (title: string) => `Draw another test set: ${title}`,
    model: (m: 'a' | 'b') => `Model ${m}`,
    perImage: 'Per image, averaged',
    pooled: 'All pixels pooled',
    interval: '95 % interval of the per-image mean',
    ciLow: 'from',
    ciHigh: 'to',
    flipRate: 'Resamples where the per-image order flips',
    ahead: (m: 'a' | 'b') => `model ${m}`,
    verdict: (perImage: string, pooled: string) =>
      perImage === pooled
        ? `Both ways of averaging put ${perImage} first.`
        : `Per image, ${perImage} comes first; pooled, ${pooled} does. Same images, same predictions, opposite ranking.`,
    tie: 'a tie',
    seed: (s: number) => `Test set no. ${s}`,
  },
  segmentation: {
    title: 'Per image or pooled? Two models, one test set',
    caption:
      'Model a outlines large lesions exactly but misses every lesion under 3 px in radius; model b finds every lesion but draws it one pixel off. Change the number of test images and watch the rankings and their intervals.',
  },
  depth: {
    title: 'Per frame or pooled? Two depth models, one test set',
    caption:
      'Half the frames are sparse (40 to 200 LiDAR returns), half dense (2,000). Model a is sharp on dense frames and poor on sparse ones; model b is the same everywhere. Lower AbsRel is better.',
  },
  imageQuality: {
    title: 'Per image or pooled? Two restorers, one test set',
    caption:
      'Papers average PSNR image by image, and its logarithm rewards near-perfect images. Model a is nearly perfect on easy images and poor on hard ones; model b is middling everywhere. Pool the errors first and the order flips. Higher PSNR is better.',
  },
} as const;
