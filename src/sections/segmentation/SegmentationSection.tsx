/**
 * The segmentation section (#/segmentation), "when 90 % accuracy means
 * nothing": prose and wiring only. It opens with a one-paragraph hook and the
 * hero painter, already on the lazy prediction (the trap); expert detail sits
 * in collapsed "For implementers" blocks. The reader paints a prediction over
 * a street scene; every number comes from the metrics worker.
 */
import { useMemo, useState } from 'react';
import { useWidgetState } from '../../state/useWidgetState';
import { useMetric } from '../../worker/useMetric';
import { segmentationText } from '../../i18n/segmentation';
import { NUM_CLASSES, SCENE_HEIGHT, SCENE_WIDTH } from '../../scenes/segmentation/classes';
import { painterWidget } from './state';
import { DEFAULT_PREDICTION, SCENE_GT, SCENE_PHOTO } from './figures/shared/sceneData';
import { PainterFigure, painterMask } from './figures/painter/PainterFigure';
import { MetricsFigure } from './figures/readouts/MetricsFigure';
import { FormulasFigure } from './figures/formulas/FormulasFigure';
import { StructuresFigure } from './figures/structures/StructuresFigure';
import { EmptyReferenceFigure } from './figures/empty/EmptyReferenceFigure';
import { ThresholdFigure } from './figures/threshold/ThresholdFigure';
import { AggregationFigure } from './figures/aggregation/AggregationFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

const labelMap = (data: Uint8Array) => ({ width: SCENE_WIDTH, height: SCENE_HEIGHT, data });

/** The segmentation section page. */
export default function SegmentationSection() {
  const [painter] = useWidgetState(painterWidget);
  const [live, setLive] = useState<Uint8Array | null>(null);
  const committed = useMemo(() => painterMask(painter.mask), [painter.mask]);
  const args = useMemo(
    () => ({ gt: labelMap(SCENE_GT), pred: labelMap(live ?? committed), num_classes: NUM_CLASSES }),
    [live, committed],
  );
  const seg = useMetric('segmentation', args);

  return (
    <article className="ba-section">
      <h1>{segmentationText.section.title}</h1>
      <p className="ba-hook">
        A segmentation model gives every pixel a class: road, sidewalk, car, person. The obvious score is{' '}
        <strong>pixel accuracy</strong>, the share of pixels that got the right class. In a street scene it is
        a trap: the model below finds no one, and it is still right about nine times in ten.
      </p>
      <PainterFigure gt={SCENE_GT} photo={SCENE_PHOTO} onLive={setLive} seg={seg} />

      <h2>Why accuracy looks so good</h2>
      <p>
        Road, sky and buildings fill most of the picture, and people fill almost none of it. The scene is 160
        by 120 pixels. About 90 % of them are background (road and everything else), about 6 % sidewalk, 4 %
        cars, and less than 1 % people. The figure opens on a lazy model that calls every pixel background. It
        is right about nine times in ten, and it has not found a single person.
      </p>
      <p>
        Now you are the model. The outlines are the ground truth a person drew; the filled areas are your
        prediction. Paint with the brush, erase back to background, or fill a region in one click. Try the
        presets, such as “Sloppy boundaries”, whose objects spill a pixel over their outlines. Switch on the
        error map to see which pixels count as true positives (TP), false positives (FP) and false negatives
        (FN).
      </p>

      <h2>Read the numbers</h2>
      <p>
        For each class, count three kinds of pixels: <strong>TP</strong>, predicted as the class and really
        it; <strong>FP</strong>, predicted as the class but something else; <strong>FN</strong>, really the
        class but predicted as something else. From these:
      </p>
      <ul>
        <li>
          <strong>precision</strong> = TP / (TP + FP): of the pixels you called “person”, how many are people;
        </li>
        <li>
          <strong>recall</strong> = TP / (TP + FN): of the real person pixels, how many you found;
        </li>
        <li>
          <strong>IoU</strong> (intersection over union, or Jaccard index) = TP / (TP + FP + FN): the overlap
          of prediction and truth divided by everything either of them covers;
        </li>
        <li>
          <strong>Dice</strong> = 2 TP / (2 TP + FP + FN), the F1 score of the pixels.
        </li>
      </ul>
      <p>
        The <strong>mean IoU</strong> (mIoU) averages the IoU over the classes, so the tiny person class
        counts as much as the huge background. The <strong>confusion matrix</strong> shows where the pixels
        went: rows are the true classes, columns the predicted ones, and everything off the diagonal is a
        mistake. Rules of thumb such as “pixel accuracy above 90 % is good” are easy to meet without finding
        anything small. The “Lazy model”, which paints everything as background, already reaches 89.9 %. Press
        “Misses small objects”: its pixel accuracy is 98.9 %, well above 90 %, while the person IoU is 0.
      </p>
      <MetricsFigure seg={seg} />

      <h2>IoU and Dice: one story per class, not per mean</h2>
      <p>
        Dice and IoU use the same three counts, and one follows from the other: Dice = 2 IoU / (1 + IoU). So
        for one class they rank two predictions in the same order. But Dice is never below IoU: an IoU of 0.5
        is a Dice of 0.67. So do not compare a Dice from one paper with an IoU from another. Pick a class and
        watch your own TP, FP and FN fill the formulas.
      </p>
      <FormulasFigure seg={seg} />
      <ForImplementers id="segmentation.notes.means" topic="when mean Dice and mean IoU disagree">
        <p>
          Papers report means, though, and means can disagree. A model with IoUs 0.5 and 0.5 on two classes
          has mIoU 0.500 and mean Dice 0.667. A model with IoUs 1.0 and 0.05 has mIoU 0.525 but mean Dice
          0.548. The first wins on Dice, the second on IoU (Reinke et al., 2024). So say which one you report.
        </p>
      </ForImplementers>

      <h2>Small structures pay more for the same mistake</h2>
      <p>
        The same small boundary error costs a small structure far more than a large one (Reinke et al., 2024).
        Missing a one-pixel ring around a large organ barely moves its Dice. Around a lesion a few pixels
        wide, it removes a large share of the lesion. In medical images a small tumour can cover well under 1
        % of a scan (0.1 %, for example), so every pixel of its outline matters. The masks below are synthetic
        and only illustrate the effect. Shrink the lesion and watch its Dice fall while the organ’s stays put.
      </p>
      <StructuresFigure />
      <ForImplementers id="segmentation.notes.boundary" topic="boundary metrics">
        <p>
          Overlap metrics also ignore the shape of the boundary: a ragged outline and a smooth one with the
          same number of wrong pixels get the same IoU. Where the outline matters, add a boundary metric such
          as the normalised surface distance (Nikolov et al., 2021), the Hausdorff distance (Huttenlocher et
          al., 1993) or Boundary IoU (Cheng et al., 2021).
        </p>
      </ForImplementers>

      <h2>When there is nothing to find</h2>
      <p>
        What is the person IoU of an image without people? If the model predicts no person either, TP, FP and
        FN are all 0, and IoU = 0 / 0 has no value. It is <em>undefined</em>, not 0 and not 1. Libraries
        disagree on what to do: some report 1 (nothing to find, nothing found), some report 0, some leave the
        class out of the mean. Each choice gives a different mean IoU, so the choice has to be written down.
      </p>
      <EmptyReferenceFigure gt={SCENE_GT} photo={SCENE_PHOTO} defaultPrediction={DEFAULT_PREDICTION} />
      <ForImplementers id="segmentation.notes.empty" topic="library conventions for empty references">
        <p>
          The MetricsReloaded library, in its versions up to mid-2025, even reported Dice 1 but IoU “not a
          number” for the same two empty masks (a 2026 change makes its Dice “not a number” too). The table in
          the figure above lists what other libraries do by default.
        </p>
      </ForImplementers>
      <h2>Per image, or all pixels at once?</h2>
      <p>
        A test set has many images, and a mean IoU can be taken two ways: score each image, then average; or
        count the pixels of all images together and score once. The same two models can come out in opposite
        orders. The interval beside each score shows how far it could move on another test set of the same
        size.
      </p>
      <AggregationFigure />
      <ForImplementers id="segmentation.notes.pooling" topic="who pools, who averages, and the bootstrap">
        <p>
          Pooled, a large lesion counts with all its pixels and a small one hardly at all, so missing small
          lesions costs little. Per image, every image weighs the same, and each missed lesion is an IoU of 0.
          mmsegmentation’s mIoU pools: it adds up the intersections and unions of the whole test set, then
          divides, class by class. Medical challenges usually score each case and average. Neither is wrong;
          say which one you report, and never compare one with the other.
        </p>
        <p>
          The intervals are percentile bootstrap intervals (Efron and Tibshirani, 1993): 1,000 resamples of
          the images with replacement, seeded so a link shows the same numbers, with the 2.5th and 97.5th
          percentiles of the resampled means. Resampling the images of both models together gives the share of
          resamples in which their order flips. Reinke et al. (2024) list unstated aggregation and missing
          uncertainty among the common pitfalls of image-analysis validation.
        </p>
      </ForImplementers>

      <h2>Precision against recall</h2>
      <p>
        A real network does not paint classes. It outputs a probability per pixel, and a threshold turns it
        into a mask. Raise the threshold and the model marks only the pixels it is sure of: fewer false alarms
        (precision usually goes up), more missed pixels (recall goes down). Lower it and the reverse happens.
        No threshold is right in general; the cost of each mistake decides. A car that misses a person may hit
        them. So a driving stack leans towards recall for people and obstacles, and pays with false alarms:
        the car brakes for a shadow or a lamp post (“phantom braking”). For the drivable road it is the other
        way round: calling a kerb or a person “road” is the dangerous mistake, so there precision matters
        most.
      </p>
      <ThresholdFigure />

      <SectionClosing selfCheckId="segmentation.selfcheck" content={closing} />
    </article>
  );
}
