/**
 * The pose section (#/pose): why the same pixel error means different
 * things on people of different sizes and at different joints (OKS), how
 * PCK turns the error into yes-or-no verdicts, and how OKS becomes keypoint
 * AP. It opens with the hero figure already showing the trap; devkit detail
 * sits in collapsed "For implementers" blocks. Prose and wiring only; every
 * number comes from the worker.
 */
import { poseText } from '../../i18n/pose';
import { Formula } from '../../widgets/Formula';
import { OksFigure } from './figures/paradox/OksFigure';
import { RingsFigure } from './figures/rings/RingsFigure';
import { PckFigure } from './figures/pck/PckFigure';
import { ApFigure } from './figures/ap/ApFigure';
import { VisibilityFigure } from './figures/visibility/VisibilityFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import { SigmaTable } from './figures/sigmas/SigmaTable';
import * as closing from './closing';

/** The pose section page. */
export default function PoseSection() {
  return (
    <article className="ba-section">
      <h1>{poseText.section.title}</h1>
      <p className="ba-hook">
        Every predicted joint below is 5 px from where a person clicked it. For the large person that is
        almost perfect; for the small one it is a bad miss. A pose metric must know how big the person is.
      </p>
      <OksFigure />

      <h2>Five pixels, two people</h2>
      <p>
        A pose model marks the joints of every person in a photo. COCO, the benchmark most papers use, asks
        for 17 keypoints: nose, eyes, ears, shoulders, elbows, wrists, hips, knees and ankles. In the figure,
        two people stand in the same 640 × 480 image. One is close to the camera and 400 px tall; the other is
        far away and 40 px tall (the inset shows them 4 times larger, still in image pixels). Every predicted
        joint of both is 3 px right and 4 px down of the truth, so each is 5 px off.
      </p>
      <p>
        For the large person, 5 px is about the width of a finger. For the small person it is an eighth of
        their height: the predicted eyes land on the cheek. A metric that only counts pixels would call both
        predictions equally good. The <strong>object keypoint similarity</strong> (OKS) of COCO does not. Each
        labelled joint <em>i</em> gets a similarity between 0 and 1, and OKS is their mean:
      </p>
      <Formula
        tex="\begin{aligned} \mathrm{ks}_i &= \exp\!\left(-\frac{d_i^2}{2\,s^2 k_i^2}\right) \\ \mathrm{OKS} &= \frac{\sum_i \mathrm{ks}_i\,[v_i > 0]}{\sum_i [v_i > 0]} \end{aligned}\kern2px"
        label="k s i equals e to the minus d i squared over 2 s squared k i squared; OKS is the mean of k s i over the labelled joints."
      />
      <p>
        Here <em>d</em>
        <sub>i</sub> is the distance in pixels, <em>s</em>² is the area of the person in pixels and <em>k</em>
        <sub>i</sub> = 2σ<sub>i</sub> is a constant per joint. Dividing by <em>s</em>² makes the error
        relative to the size of the person: the small person has 100 times less area, so the same 5 px weigh
        100 times more in the exponent.
      </p>
      <ForImplementers id="pose.notes.area" topic="the object area and the labelled joints">
        <p>
          COCO uses the area of the person’s outline (the segmentation mask) as <em>s</em>²; here it is the
          grey silhouette. OKS is the mean of ks<sub>i</sub> over the labelled joints only: those with
          visibility <em>v</em>
          <sub>i</sub> &gt; 0, both in the sum and in the count.
        </p>
      </ForImplementers>
      <p>
        Try it joint by joint. Press “Put every prediction on its ground truth”, then move one hip of the
        large person 10 px with Shift and an arrow key, and watch its term. Do the same with an eye. The hip
        barely loses anything, the eye loses much more: the same distance means different things at different
        joints. Then press “Swap left and right in both predictions”: every joint is still found, yet OKS
        collapses.
      </p>
      <ForImplementers id="pose.notes.swaps" topic="left/right swaps">
        <p>
          Ronchi and Perona (ICCV 2017) sorted the localisation errors of pose models on COCO into four kinds:
          jitter (a joint near its place), inversion (left and right confused within one person), swap (a
          joint taken from another person) and miss. Inversions were a major error type. The swap button makes
          a pure inversion: the skeleton is right, but each left joint sits where the right one is, so OKS
          counts every pair as two large localisation errors and only the nose keeps its term. From the
          opening state, the large person’s OKS falls from 0.952 to 0.153, below the small person’s 5-px miss
          (0.155). AP cannot tell such a pose from a badly placed one; Ronchi and Perona’s analysis code
          reports how much AP would rise if the inversions were corrected. The same symmetry matters in
          training: flipping an image horizontally must also exchange the left and right labels.
        </p>
      </ForImplementers>

      <h2>Why hips get more room than eyes</h2>
      <p>
        The constants σ<sub>i</sub> were measured, not invented. The COCO team had images annotated several
        times and measured how far the clicks of different annotators were from each other. People agree
        closely about an eye, which is a small sharp dot: σ = 0.025. They disagree about a hip, which hides
        under clothes: σ = 0.107, more than four times as much. So a model is asked to be as precise as people
        are, joint by joint.
      </p>
      <ForImplementers id="pose.notes.sigmas" topic="COCO’s σ per keypoint">
        <p>
          The COCO team had 5,000 images annotated several times and measured the spread of the clicks,
          relative to the person’s size (the COCO keypoint evaluation page gives the details). Shoulders
          (0.079), knees (0.087) and ankles (0.089) lie between eyes and hips; the nose (0.026) and ears
          (0.035) are almost as tight as the eyes. Left and right share a value.
        </p>
        <SigmaTable />
      </ForImplementers>
      <p>
        The next figure draws this as two rings around every ground-truth joint: inside the inner ring a
        prediction keeps a similarity above 0.75, inside the outer ring above 0.5. Shrink both people with the
        slider and the rings shrink with them. Under the picture, a loupe shows that the small person’s eye
        ring is narrower than one pixel.
      </p>
      <ForImplementers id="pose.notes.rings" topic="the ring radius">
        <p>
          The radius of the ring at similarity ks is <em>d</em> = <em>k</em>
          <sub>i</sub> <em>s</em> √(−2 ln ks), so it grows with the joint’s constant and with the size of the
          person.
        </p>
      </ForImplementers>
      <RingsFigure />
      <ForImplementers id="pose.notes.floor" topic="the annotation floor on small people">
        <p>
          COCO’s σ values are standard deviations of annotators’ clicks relative to the person’s size,
          measured on 5,000 images that several people labelled independently (COCO keypoint evaluation page;
          Ronchi and Perona, 2017). For the large person (s ≈ 173 px) the eye’s σ of 0.025 means clicks
          scattered about 4.3 px around the eye: careful annotators disagree by several pixels. Scaled down to
          the small person the same fraction is 0.43 px, but nobody clicks that precisely on a face whose eyes
          are 2 px apart. A click lands on a whole pixel, and one pixel between two labels already halves the
          small person’s eye term (0.51). The loupe shows the consequence: the small eye’s 0.75 ring has a
          radius of 0.66 px, narrower than one pixel. On small people OKS is dominated by annotation noise, so
          AP on small people measures the labels as much as the model. COCO does not even report it: its
          keypoint summary has AP, AP50, AP75, AP_M and AP_L, and no AP_S.
        </p>
      </ForImplementers>

      <h2>PCK: inside or outside</h2>
      <p>
        Older benchmarks use the <strong>percentage of correct keypoints</strong> (PCK). A predicted joint is
        correct when its distance is below α times a reference length of that person, such as the torso; PCK
        is the share of correct joints. PCK also scales with the person, but it gives each joint a yes-or-no
        verdict. Move a joint of the small person one pixel at a time: OKS drops with every step, while PCK
        stays put until the joint crosses the circle, then jumps. And one threshold serves every joint, so it
        demands as much of a hip as of an eye.
      </p>
      <ForImplementers id="pose.notes.pckh" topic="PCK and PCKh conventions">
        <p>
          On the Leeds Sports Pose benchmark (LSP; Johnson and Everingham, 2010), results are usually given as
          PCK@0.2 of the torso length. MPII Human Pose (Andriluka et al., 2014) uses PCKh@0.5: half the length
          of the head segment, which MPII takes as 60 % of the diagonal of a head box the annotators drew.
          COCO has no keypoint on the top of the head or on the neck, so with COCO skeletons the head size has
          to be approximated. This page uses the distance between the two ears and says so in the figure;
          other code uses other stand-ins, which is one reason PCKh numbers from different papers rarely
          compare.
        </p>
      </ForImplementers>
      <PckFigure />

      <h2>From OKS to keypoint AP</h2>
      <p>
        A benchmark image holds many people, and a model returns many scored poses. COCO evaluates them the
        way it evaluates boxes, with OKS in place of IoU: an average precision (AP) at each of ten OKS
        thresholds, 0.50, 0.55, … 0.95, and the mean of the ten. In the figure, two predictions count at OKS
        0.50 and not at 0.75. Drag them closer to their people and AP75 rises. The second guess for person 2
        is a false positive at every threshold: the person was taken.
      </p>
      <ForImplementers id="pose.notes.matching" topic="how COCO matches poses to people">
        <p>
          The poses are sorted by score. Each pose in turn takes the still unmatched person with whom its OKS
          is highest, if that OKS reaches the threshold: a true positive. Otherwise it is a false positive,
          also when the person it was aimed at has already been taken by a higher-scored pose. Precision and
          recall along the ranked list give the AP; COCO reads the precision at 101 recall levels and averages
          them. Drag the first prediction away from person 1, or lower its score, and watch how one pose
          changes every threshold’s AP.
        </p>
      </ForImplementers>
      <ApFigure />

      <h2>Joints nobody labelled</h2>
      <p>
        Annotators cannot always place every joint. COCO stores a visibility flag <em>v</em> with each
        keypoint: 2 for visible, 1 for labelled but hidden, 0 for not labelled. Only joints with <em>v</em>{' '}
        &gt; 0 enter OKS. The model still outputs all 17 joints, and its guess for an unlabelled joint is
        ignored: a wild guess costs nothing and a perfect one earns nothing.
      </p>
      <ForImplementers id="pose.notes.visibility" topic="unlabelled joints and people">
        <p>
          Unlabelled joints leave both the sum and the count of OKS. Removing a badly predicted joint from the
          labels therefore raises OKS; removing a well predicted one lowers it a little, because the mean
          loses a good term. When no joint of a person is labelled at all, COCO’s evaluation ignores the
          person entirely.
        </p>
      </ForImplementers>
      <VisibilityFigure />

      <SectionClosing selfCheckId="pose.selfcheck" content={closing} />
    </article>
  );
}
