/**
 * The loss section (#/loss): why the number a network is trained on (its
 * loss) is not the number it is judged by (a metric). It opens on ten
 * draggable predictions with a threshold, already showing the trap; then a
 * training run whose validation loss rises while accuracy holds, and a k-NN
 * whose test accuracy a leaked test set inflates. Prose and wiring only;
 * every number comes from the worker.
 */
import { lossText } from '../../i18n/loss';
import { DragFigure } from './figures/drag/DragFigure';
import { TrainingFigure } from './figures/training/TrainingFigure';
import { LeakageFigure } from './figures/leakage/LeakageFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

/** The loss section page. */
export default function LossSection() {
  return (
    <article className="ba-section">
      <h1>{lossText.section.title}</h1>
      <p className="ba-hook">
        Drag a cat’s dot from 0.45 to 0.50 and accuracy drops by a tenth at once. Drag another from 0.05 to
        0.45 and the loss rises while accuracy does not move.
      </p>
      <DragFigure />

      <h2>Two numbers for one model</h2>
      <p>
        A classifier does not answer “cat” or “dog”. It gives a probability, here the probability <em>p</em>{' '}
        that the photo shows a dog. Two different numbers are then computed from those probabilities, for two
        different jobs.
      </p>
      <p>
        The <strong>loss</strong> is what training minimises. For classification it is usually the{' '}
        <strong>cross-entropy</strong>: for each example, minus the logarithm of the probability the model
        gave to the true class, averaged over the examples. A dog predicted at 0.9 costs −ln 0.9 ≈ 0.11; at
        0.5 it costs 0.69; at 0.1 it costs 2.30. Every small change of <em>p</em> changes the loss a little,
        and that smoothness is what lets gradient descent work: the loss tells the model which way to move
        each weight.
      </p>
      <p>
        A <strong>metric</strong> is what we judge the result by. <strong>Accuracy</strong> first turns each
        probability into a decision with a threshold (dog if <em>p</em> ≥ 0.5, otherwise cat) and then counts
        the right decisions. With ten examples it can only take the values 0, 0.1, 0.2 … 1: a step function.
        Dragging a dot without crossing the dashed line changes the cross-entropy and leaves accuracy exactly
        where it was; crossing the line changes accuracy by exactly 0.1.
      </p>
      <p>
        Try it in the figure. Move example 1 (a cat at 0.05) towards 0.45: its loss bar grows from 0.05 to
        0.60 and the mean loss rises, but accuracy stays at 0.8. Now nudge example 4 from 0.45 to 0.50: the
        loss barely changes, and accuracy falls to 0.7. Then move the threshold itself: accuracy jumps, the
        cross-entropy does not move at all, because it never looks at the threshold. The plot beside the
        readouts keeps your last moves, so you can see one line slope while the other stays flat.
      </p>
      <ForImplementers
        id="loss.notes.cross-entropy"
        topic="the formula, and why accuracy cannot be trained directly"
      >
        <p>
          For two classes with true class <em>y</em> ∈ {'{'}0, 1{'}'} and predicted probability <em>p</em> of
          class 1, the per-example cross-entropy (log loss) is −[<em>y</em> ln <em>p</em> + (1 − <em>y</em>)
          ln(1 − <em>p</em>)]. The readout is computed by the same <code>cross_entropy</code> function the
          reference tests check against numpy; it does not clip <em>p</em>, which is why the dots stop at 0.01
          and 0.99 (at 0 or 1 a wrong example would cost an infinite loss).
        </p>
        <p>
          Accuracy’s gradient with respect to <em>p</em> is zero almost everywhere and undefined at the
          threshold, so gradient descent cannot follow it. Cross-entropy is a smooth stand-in (a surrogate
          loss): lowering it usually, but not always, raises accuracy.
        </p>
      </ForImplementers>

      <h2>Loss falls, accuracy stalls</h2>
      <p>
        The disagreement shows up in real training runs too. The figure below trains a logistic regression,
        the simplest classifier with a learned straight boundary, on a small two-class toy set. The training
        points can be split perfectly by a line. The validation set, which the model never trains on, comes
        from the same clouds, but its classes overlap a little and three of its labels are wrong, as happens
        in every real dataset.
      </p>
      <p>
        Press Play. The training loss falls at every epoch. The validation loss falls for a few epochs,
        reaches its lowest value, and then rises for the rest of the run, while validation accuracy stays
        where it was. Watch the dashed lines around the boundary: they mark where the model is 90 % sure. As
        training goes on they close in on the boundary, so the model becomes almost certain about every point.
        For the points it gets right that saves a little loss; for the few it gets wrong it costs more and
        more. Nothing about the decisions has changed, only the confidence.
      </p>
      <p>
        Rising validation loss is therefore not the same as falling validation accuracy. If you stop training
        when validation loss is lowest (early stopping), say so. And if you use the probabilities themselves,
        for a risk score or to rank cases, the rising loss is a real problem even though accuracy looks fine:
        the model has become over-confident.
      </p>
      <TrainingFigure />
      <ForImplementers id="loss.notes.training" topic="the learning setup">
        <p>
          40 training points (20 per class) from two Gaussian clouds with centres ±(√2, √2) and standard
          deviation 0.9, drawn again until they lie at least 0.25 on their own side of the line <em>x</em> +{' '}
          <em>y</em> = 0; 30 validation points from the same clouds without that condition, three of them with
          flipped labels. Full-batch gradient descent on the mean cross-entropy, learning rate 0.2, no
          regularisation, 60 epochs, all seeded. On data that a line separates, the weights of an
          unregularised logistic regression grow without bound (Soudry et al., 2018), which is the
          over-confidence seen here. Weight decay or early stopping limits it.
        </p>
      </ForImplementers>

      <h2>Overfitting and leakage</h2>
      <p>
        A score is only worth something on examples the model has not seen. The last figure uses a
        k-nearest-neighbour classifier: to label a point, it looks at the <em>k</em> closest training points
        and takes a vote. With <em>k</em> = 50 the vote is smooth and the boundary simple; with <em>k</em> = 1
        every training point decides its own neighbourhood. Smaller <em>k</em> means more capacity to follow
        the training data.
      </p>
      <p>
        At <em>k</em> = 1 the training accuracy is 1: each training point is its own nearest neighbour. The
        test accuracy tells another story. The gap between the two is <strong>overfitting</strong>: the model
        has memorised its training set, including its noise. Slide <em>k</em> towards 50 and the gap closes.
      </p>
      <p>
        Now tick “Leak test examples into training”. The test points are added to the training set, and the
        test accuracy rises; at <em>k</em> = 1 it reaches 1. No model got better. This is{' '}
        <strong>data leakage</strong>, and in real work it is rarely this obvious: the same patient in
        training and test, near-duplicate photos, frames of one video split across the sets, or a threshold,
        an augmentation or an epoch tuned by looking at the test score.
      </p>
      <LeakageFigure />
      <p>
        This is why a benchmark keeps its test set unseen: the split is fixed in advance, the test labels are
        often withheld and scored by a server, and the number of submissions is limited. Every time a team
        looks at the test score and changes something, a little of the test set leaks into the model. When
        Recht et al. (2019) collected a fresh test set for ImageNet following the original recipe, the
        accuracies of the published models fell by 11 to 14 points, although their ranking mostly held.
      </p>
      <ForImplementers id="loss.notes.knn" topic="the k-NN data and scoring">
        <p>
          120 training and 80 test points from two overlapping Gaussian clouds (centres ±(0.49, 0.49),
          standard deviation 1), seeded. Distances are Euclidean; a tie of the vote (even <em>k</em>) goes to
          the nearest point’s label. Training accuracy scores each training point with itself among its
          neighbours, as a model scored on the data it learned from. Both accuracies come from the same{' '}
          <code>classification</code> metric as the first figure.
        </p>
      </ForImplementers>

      <SectionClosing content={closing} />
    </article>
  );
}
