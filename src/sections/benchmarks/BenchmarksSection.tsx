/**
 * The benchmarks section (#/benchmarks): what a benchmark is, how MNIST,
 * PASCAL VOC, ImageNet and COCO shaped the field, the ImageNet error falling
 * below one human annotator, what top-5 accuracy forgives, and why a 0.01
 * lead on a small test set may be noise. It opens on the timeline, already
 * showing the winner passing the human line. Prose and wiring only; the
 * numbers of the figures come from the worker.
 */
import { benchmarksText } from '../../i18n/benchmarks';
import { TimelineFigure } from './figures/timeline/TimelineFigure';
import { TopkFigure } from './figures/topk/TopkFigure';
import { LeadFigure } from './figures/lead/LeadFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

/** The benchmarks section page. */
export default function BenchmarksSection() {
  return (
    <article className="ba-section">
      <h1>{benchmarksText.section.title}</h1>
      <p className="ba-hook">
        In 2015 the best ImageNet model missed the true class in its five guesses on 3.57 % of test images,
        below one careful human’s 5.1 %. Two years later the challenge ended: its scores no longer told models
        apart.
      </p>
      <TimelineFigure />

      <h2>What a benchmark is</h2>
      <p>
        A benchmark is more than a pile of images. It is a <strong>dataset</strong> split into training,
        validation and test parts, a <strong>task</strong> (name the main object, draw a box around every
        car), and an <strong>evaluation protocol</strong>: which metric, which rules, and how the result is
        reduced to one number. Everyone trains on the training part, tunes on the validation part and reports
        on the test part, which stays hidden. If test images leak into training, or a method is tuned again
        and again against the test score, the number stops measuring how the model does on new images.
      </p>
      <p>
        Walk along the timeline with the arrow keys. MNIST fixed one test set of handwritten digits. PASCAL
        VOC asked for boxes and counted a box as right when it overlapped the truth by IoU ≥ 0.5. ImageNet
        made data the thing to scale, and its challenge, ILSVRC, ran from 2010 to 2017. COCO filled each image
        with many small objects and scored boxes at ten IoU thresholds instead of one.
      </p>
      <p>
        The error curve has three chapters. In 2012 AlexNet, a deep convolutional network, cut the winning
        error from 25.8 % to 16.4 % while the runner-up stayed at 26.2 %. Deeper networks followed: GoogLeNet
        and VGG in 2014, ResNet in 2015, the first winner below the human line. After that, the gains shrank
        to fractions of a point. On 100,000 test images, 0.6 points is about 600 images, and many of the
        remaining errors sit on photos whose label is doubtful or that contain several objects.
      </p>
      <ForImplementers id="benchmarks.notes.human" topic="where the 5.1 % comes from">
        <p>
          Russakovsky et al. (2015) had one trained annotator label 1,500 test images with five guesses each,
          after practising on the training images: 5.1 % top-5 error. A second, less trained annotator did
          worse. It is one person’s number, not a limit of human vision, and it is an error against labels
          that are themselves imperfect; Beyer et al. (2020) relabelled the validation set and found that part
          of the progress of recent models is fitting the quirks of the original labels.
        </p>
      </ForImplementers>

      <h2>Top-1 and top-5</h2>
      <p>
        ILSVRC scored <strong>top-5 error</strong>: a photo counts as right if the true class is anywhere
        among the model’s five best guesses. With 1,000 classes that include about 120 dog breeds, this
        forgives a husky called a malamute. It also forgives a teapot called a banana, as long as “teapot”
        comes fifth. Top-5 accuracy can never be lower than top-1, and with k equal to the number of classes
        every photo is right.
      </p>
      <p>
        The toy classifier below knows ten classes. Six of twelve photos are right at top-1 (0.5). Three
        misses are neighbouring dog breeds, where a second guess is fair. One photo shows two objects but
        carries one label. Of the two plain errors, top-5 counts the banana as right, because “banana” is its
        fifth guess. Slide k and read which photos change sides.
      </p>
      <TopkFigure />
      <ForImplementers id="benchmarks.notes.ties" topic="ties and the topk metric here">
        <p>
          The <code>topk</code> metric here ranks the true class as 1 plus the number of classes with a
          strictly higher score, so a class tied with the true one counts in its favour. Libraries that sort
          and cut at k (torch.topk, for instance) break ties by index instead; with continuous scores ties are
          rare, but on rounded or quantised scores say which rule you use. Report top-1 beside top-5, never
          top-5 alone.
        </p>
      </ForImplementers>

      <h2>Is a 0.01 lead real?</h2>
      <p>
        Leaderboards rank by the third decimal. But a test set is a sample of images, and a different sample
        would give different numbers. The <strong>bootstrap</strong> measures how much: draw the test images
        again with replacement, as many as there are, recompute both models’ means, and repeat 1,000 times.
        The middle 95 % of the resampled leads is the interval; the share of resamples in which model B comes
        first is the <strong>flip rate</strong>.
      </p>
      <p>
        Model A below is truly 0.01 mIoU better than B. With 50 test images the interval crosses zero and
        about one resample in six puts B first: the lead could be luck. Slide to 5,000 images and the interval
        shrinks away from zero. Press “Draw another test set” at 50 images and watch the lead itself jump from
        one test set to the next.
      </p>
      <LeadFigure />
      <p>
        The same happens to a whole benchmark as it saturates. When the best models pass the agreement between
        human annotators, the last gains sit on the images whose labels are least sure, and a different test
        set or a different annotator could reorder the top of the table. That is the moment a field needs a
        new benchmark, as ImageNet followed VOC and SuperGLUE (2019) followed GLUE (2018) in language.
      </p>
      <ForImplementers id="benchmarks.notes.bootstrap" topic="the test set and the bootstrap here">
        <p>
          Each image has a difficulty d ~ N(0.7, 0.1) shared by both models; model A scores d + 0.01 + e and B
          scores d + f, with e and f ~ N(0, 0.06), clipped to [0, 1]. The bootstrap is paired (the same
          resampled images for both models), with 1,000 resamples from a fixed seed and percentile intervals
          (Efron and Tibshirani, 1993). Bouthillier et al. (2021) show that such variance, from data sampling
          and from training seeds, often exceeds the gaps papers report.
        </p>
      </ForImplementers>

      <SectionClosing content={closing} />
    </article>
  );
}
