/**
 * The detection section (#/detection): IoU, true positives, precision-recall
 * curves, the interpolations behind AP, and why VOC's AP50 and COCO's
 * AP@[.50:.95] can rank two detectors in opposite orders. Prose and wiring
 * only; every number comes from the worker.
 */
import { detectionText } from '../../i18n/detection';
import { IouFigure } from './figures/iou/IouFigure';
import { ScaleFigure } from './figures/scale/ScaleFigure';
import { ApFigure } from './figures/ap/ApFigure';
import { PresetsFigure } from './figures/presets/PresetsFigure';
import { PaddingFigure } from './figures/padding/PaddingFigure';
import { TiesFigure } from './figures/ties/TiesFigure';
import { EmptyImageFigure } from './figures/empty/EmptyImageFigure';
import { IconicFigure } from './figures/iconic/IconicFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

/** The detection section page. */
export default function DetectionSection() {
  return (
    <article className="ba-section">
      <h1>{detectionText.section.title}</h1>
      <p className="ba-hook">
        A box counts as a hit only if it overlaps the object enough. The prediction below passes PASCAL VOC’s
        threshold, IoU 0.50, and fails COCO’s stricter 0.75.
      </p>
      <IouFigure />

      <h2>When does a box count? Intersection over union</h2>
      <p>
        A detector draws boxes and gives each a score. A paper then reports one number, “mAP”, and two papers
        can both report “mAP” while measuring different things: one counts a box as a hit when its overlap
        with the object, the IoU, is at least 0.5; the other demands far more. On this page you will build
        that number yourself, from one box to a whole benchmark, and see where the conventions hide.
      </p>
      <p>
        Compare a predicted box <em>B</em> with a ground-truth box <em>A</em> drawn by a person. Their overlap
        is measured by the <strong>intersection over union</strong> (IoU): the area they share divided by the
        area they cover together. Two identical boxes give 1, two boxes that do not touch give 0. A prediction
        is a <strong>true positive</strong> (TP) when its IoU with an object of the same class reaches a
        threshold <em>t</em>; otherwise it is a <strong>false positive</strong> (FP). An object that no
        prediction matched is a <strong>false negative</strong> (FN). PASCAL VOC uses <em>t</em> = 0.5; COCO
        also asks for 0.75 and more.
      </p>
      <p>
        In the figure, the ground truth sits on the round mission patch of astronaut Eileen Collins. The
        prediction has the right size but sits 12 pixels to the right and 8 pixels too low. Put it exactly on
        the patch, then move it away by its own width.
      </p>

      <h2>Small objects pay more for the same mistake</h2>
      <p>
        IoU is relative to the size of the box. A 5-pixel slip is nothing for a car that fills the picture,
        but it is almost half the width of a 12-pixel object far away. So the same detector, with the same
        pixel accuracy, looks much worse on small objects. This is why COCO reports AP separately for small,
        medium and large objects.
      </p>
      <ScaleFigure />
      <ForImplementers id="detection.notes.area-ranges" topic="COCO’s area ranges">
        <p>
          COCO’s small objects have an area below 32² pixels, its large ones above 96² pixels, and medium is
          everything between. The area is the annotated object’s own area (its mask in COCO), not the width
          times height of its box.
        </p>
      </ForImplementers>

      <h2>From a ranked list to average precision</h2>
      <p>
        A detector returns many boxes with scores. To judge them, the evaluation sorts all predictions of a
        class by descending score and walks down the list. Each prediction takes the unmatched object of its
        class with the highest IoU, if that IoU reaches the threshold: a true positive. Otherwise it is a
        false positive, also when it found an object that a higher-scored prediction already took (a
        duplicate). Objects left over at the end are false negatives.
      </p>
      <p>
        After the <em>k</em>-th prediction, <strong>precision</strong> is TP / <em>k</em> (how many of the
        boxes so far are right) and <strong>recall</strong> is TP divided by the number of objects (how many
        objects were found so far). Plotting them down the ranking gives the{' '}
        <strong>precision-recall curve</strong>. A curve zig-zags, so it is first made monotone: at each
        recall, the interpolated precision is the best precision at that recall or any higher one.{' '}
        <strong>Average precision</strong> (AP) is the area under this envelope. VOC 2007, later VOC and COCO
        each measure that area in their own way; the figure’s table shows all three.
      </p>
      <ForImplementers id="detection.notes.interpolation" topic="11-point, all-point and 101-point AP">
        <ul>
          <li>VOC 2007: the mean of the interpolated precision at 11 recall values 0, 0.1, …, 1;</li>
          <li>VOC 2010 and later: the exact area under the envelope, using every point;</li>
          <li>COCO: the mean at 101 recall values 0, 0.01, …, 1.</li>
        </ul>
      </ForImplementers>
      <p>
        The mean of the per-class APs is the <strong>mAP</strong>. In the figure, drag a prediction, change a
        score, or raise the IoU threshold, and watch the table re-rank, the curve move and the three APs
        follow.
      </p>
      <ApFigure />
      <ForImplementers id="detection.notes.voc-matching" topic="how the VOC code matches boxes">
        <p>
          All three APs above use the same matching, the one of the COCO evaluation code (pycocotools): IoU ≥{' '}
          <em>t</em>. The PASCAL VOC evaluation matches a little differently. Its Python version (voc_eval.py,
          which most detection code copied from py-faster-rcnn) needs IoU strictly above 0.5, where the
          original MATLAB development kit accepts exactly 0.5. Both measure areas with “+1 pixel” (a box from
          x = 10 to x = 20 is 11 pixels wide); both ignore objects marked “difficult”, so finding them neither
          helps nor hurts; and when the best object of a prediction is already taken, the prediction becomes a
          false positive at once instead of trying the next-best object. On boxes a few pixels wide, these
          details move AP by whole points.
        </p>
      </ForImplementers>

      <h2>VOC or COCO: the same detectors, two rankings</h2>
      <p>
        VOC reports AP at IoU 0.5 (AP50). COCO’s headline number, AP@[.50:.95], is the mean of the AP at ten
        thresholds 0.50, 0.55, …, 0.95, so it rewards boxes that fit tightly. Here are two detectors: one
        finds everything with boxes that are too big, the other draws precise boxes but misses the three
        smallest objects.
      </p>
      <PresetsFigure />
      <ForImplementers id="detection.notes.coco-summary" topic="COCO’s other numbers: AP75, AP by size, AR">
        <p>
          COCO also reports AP75, AP by object size, and the average recall (AR), which is also averaged over
          the ten IoU thresholds, when a detector may keep 1, 10 or 100 boxes per image (its <em>maxDets</em>
          ). The figure’s table shows all of them.
        </p>
      </ForImplementers>
      <p>
        Which is better depends on the task. If you only need to know that a car is there, the loose detector
        wins. If a robot has to grasp the object, tight boxes matter and COCO’s average says so. Neither
        number is wrong; reporting only one of them hides half the story.
      </p>

      <h2>More detections never lower AP</h2>
      <p>
        AP rewards a detector for what it finds in score order and never looks past the last detection. Append
        detections with scores below all of its own and they can only add points at the end of the
        precision-recall curve: the interpolated AP stays the same or rises. Below, the “tight but fewer”
        detector gets extra boxes scored below its lowest score, mostly random, with every seventh one on an
        object it had missed. With 20 extras its AP@[.50:.95] climbs from 0.62 to 0.81, although only 8 of the
        25 boxes it outputs are right.
      </p>
      <PaddingFigure />
      <p>
        This is why COCO evaluates at most 100 detections per image, and why AP alone does not describe a
        detector you deploy. A deployed detector keeps only the detections above a score threshold, its
        operating point, and there precision and recall are what users feel. Move the operating point: as long
        as it stays above the extras, nothing changes. Report precision and recall at the threshold you ship,
        next to AP.
      </p>

      <h2>Conventions that move the number</h2>
      <p>
        Two predictions with exactly the same score must still be put in some order, and no standard says
        which, so two implementations can rank the same detections differently. The order decides which of the
        two counts first, and so the shape of the curve. The figure compares the input order with its reverse.
      </p>
      <TiesFigure />
      <ForImplementers id="detection.notes.ties" topic="how pycocotools and voc_eval.py order equal scores">
        <p>
          pycocotools keeps equal scores in the order they were given (a stable merge sort). The Python VOC
          code sorts with NumPy’s default argsort, which does not promise to keep equal scores in input order.
        </p>
      </ForImplementers>
      <p>
        Images without any object are another trap. Recall on such an image is 0 found out of 0 objects: it is
        undefined, not 0 and not 1. Precision on it is 0 if the detector fires there, and undefined if it
        stays silent. Averaging per-image numbers therefore breaks on empty images. The standard evaluations
        pool the counts over the whole dataset instead, where both numbers stay defined, and the empty image
        still costs precision through its false positives.
      </p>
      <EmptyImageFigure />

      <h2>Iconic pictures and crowded scenes</h2>
      <p>
        Many VOC images are “iconic”: one large object in the middle. COCO chose crowded everyday scenes with
        many small objects. The same detector, with the same localisation error in pixels and the same miss
        rate, scores very differently on the two kinds of image. Precision and AP also depend on how common
        the objects are: a detector that fires as often on a dataset with fewer objects has lower precision.
        AP numbers from different datasets cannot be compared.
      </p>
      <IconicFigure />

      <SectionClosing selfCheckId="detection.selfcheck" content={closing} />
    </article>
  );
}
