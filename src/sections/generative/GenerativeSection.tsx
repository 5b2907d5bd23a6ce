/**
 * The generative section (#/generative): judging a generator means comparing
 * two distributions, not two pictures. It opens on a generated sample that
 * keeps 3 of 8 real modes (every point looks real, five kinds are missing),
 * splits FID into its mean and trace terms, shows what Inception Score cannot
 * see, and how FID drifts at small sample sizes. Prose and wiring only; every
 * number comes from the worker.
 */
import { generativeText } from '../../i18n/generative';
import { FidFigure } from './figures/fid/FidFigure';
import { InceptionFigure } from './figures/inception/InceptionFigure';
import { SmallSamplesFigure } from './figures/small/SmallSamplesFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

/** The generative section page. */
export default function GenerativeSection() {
  return (
    <article className="ba-section">
      <h1>{generativeText.section.title}</h1>
      <p className="ba-hook">
        Every generated square below lies where real samples lie, so each one looks real. Yet five of the
        eight kinds of sample are missing. Slide “Modes kept” to 8 and watch FID fall.
      </p>
      <FidFigure />

      <h2>No single right answer</h2>
      <p>
        A segmentation model can be checked pixel by pixel against a true mask. A generator cannot: there is
        no “right” face for it to draw. What we can ask is whether its samples, taken together, look like the
        real data taken together. That is a comparison of two <strong>distributions</strong>.
      </p>
      <p>
        The figure is a toy version. Real samples come from eight round clouds (modes) on a ring. Think of
        each cloud as one kind of image: dogs, cars, faces. The generated samples are squares. Real metrics do
        not compare raw pixels: they first turn each image into a feature vector with a trained network,
        Inception-v3, which gives 2,048 numbers per image. Here each sample is already a point with two
        features, so you can see everything the metric sees.
      </p>

      <h2>FID: compare means and spreads</h2>
      <p>
        The <strong>Fréchet Inception Distance</strong> (FID, Heusel et al. 2017) fits one Gaussian to each
        set: a mean μ and a covariance Σ. The mean is the centre of the cloud. The covariance says how wide it
        is in each direction; the ellipses in the figure draw it at 1 and 2 standard deviations. FID is the
        distance between the two Gaussians, in two parts:
      </p>
      <ul>
        <li>
          the <strong>mean term</strong> ‖μ<sub>r</sub> − μ<sub>g</sub>‖², which grows when the generated
          cloud sits in the wrong place;
        </li>
        <li>
          the <strong>trace term</strong> Tr(Σ<sub>r</sub> + Σ<sub>g</sub> − 2(Σ<sub>r</sub>Σ<sub>g</sub>)
          <sup>½</sup>), which grows when the two clouds have a different size or shape.
        </li>
      </ul>
      <p>
        Lower is better, and 0 means the two Gaussians are identical. Try it. With 3 modes kept, the generated
        mean is pulled to one side, so the mean term is large, and the generated ellipse is narrower, so the
        trace term is large too. Keep all 8 modes and both terms fall close to 0. Now focus one generated mode
        and press Shift + →, then do the same for the others: the whole generated cloud moves right, and only
        the mean term grows. FID has no idea which mode is which; it only sees the two summaries.
      </p>
      <p>
        That is also its blind spot. Two very different sets can share a mean and a covariance. Keep all 8
        modes and set the spread to 0: every generated sample sits exactly on a mode centre, a generator that
        can draw only eight images. The trace term rises, but only a little, because most of the width of the
        ring comes from the distance between the modes, not from the spread inside each one.
      </p>
      <ForImplementers id="generative.notes.fid" topic="the exact computation and the real FID">
        <p>
          The readouts come from the same <code>fid_features</code> code the reference tests check against
          pytorch-fid: means over rows, covariances with ddof 1 (numpy <code>np.cov(rowvar=False)</code>), and
          the trace of the matrix square root computed exactly as the sum of the square roots of the
          eigenvalues of Σ<sub>r</sub>
          <sup>½</sup>Σ<sub>g</sub>Σ<sub>r</sub>
          <sup>½</sup>, without the <code>scipy.linalg.sqrtm</code> call and its occasional complex round-off.
          The trace term is Tr Σ<sub>r</sub> + Tr Σ<sub>g</sub> − 2 Tr(Σ<sub>r</sub>Σ<sub>g</sub>)<sup>½</sup>
          ; a rounding-level negative value is shown as 0, so the two readouts always add up to the total.
        </p>
        <p>
          The toy set: 8 isotropic Gaussians of standard deviation 1 whose centres sit on a circle of radius
          5, rounded to a 0.1 grid; each sample picks a mode uniformly at random. The real sample has a fixed
          seed; the generated one uses the reader’s seed, and both use the same N. Real FID uses 2,048-d pool3
          features of Inception-v3, typically 50,000 generated images against the training set statistics; its
          Gaussian fit has 2,048 + 2,098,176 parameters, so small N matters much more there than in 2-D.
        </p>
        <p>
          FID is the squared 2-Wasserstein distance between the fitted Gaussians (Dowson and Landau 1982), not
          between the distributions themselves. Precision and recall for generative models (Kynkäänniemi et
          al. 2019) separate the two failures FID mixes: samples that look unreal (low precision) and real
          modes the generator never reaches (low recall).
        </p>
      </ForImplementers>

      <h2>Inception Score: confident and varied, but compared with what?</h2>
      <p>
        The older <strong>Inception Score</strong> (IS, Salimans et al. 2016) uses only the generated samples.
        A classifier gives each sample x a probability for each class, p(y|x). A good sample should get one
        confident class. Averaging p(y|x) over all samples gives the marginal p(y), which should be spread
        over many classes if the generator is varied. IS is the exponential of the mean KL divergence between
        p(y|x) and p(y). It runs from 1 (all samples look like the same class) up to the number of classes,
        here 8.
      </p>
      <p>
        Our classifier is transparent: it turns the distance from x to each of the 8 real mode centres into
        probabilities with a softmax at temperature T = 2. It never looks at a real sample. Pick a few samples
        and compare their bars with p(y). Then set the spread to 0: every sample sits on a mode centre, the
        classifier is surer than ever, and IS goes <em>up</em>, while FID’s trace term climbs. A generator
        that outputs eight fixed images gets its best score. Only dropping modes lowers IS: with one mode kept
        it falls towards 1.
      </p>
      <InceptionFigure />
      <ForImplementers id="generative.notes.is" topic="the classifier and the split scheme">
        <p>
          p(y = k | x) = exp(−‖x − c<sub>k</sub>‖²/T) / Σ<sub>j</sub> exp(−‖x − c<sub>j</sub>‖²/T) with T =
          2σ² = 2, the exact posterior of the real mixture (equal weights, equal isotropic covariances). The
          score is the existing <code>inception_score</code> function on 2,000 generated samples in 10 splits
          of 200, reported as the mean over splits, as in the widely used PyTorch port; the same samples are
          compared with 2,000 real ones for the trace term.
        </p>
        <p>
          Barratt and Sharma (2018) show that IS depends on the exact network weights and on the split scheme,
          that it is not meaningful outside ImageNet’s 1,000 classes, and that it can be raised by optimising
          the images against the classifier. It cannot see collapse inside a class, and it never compares with
          real data, so a model that memorises one good image per class scores well.
        </p>
      </ForImplementers>

      <h2>How many samples?</h2>
      <p>
        FID is estimated from a finite sample, and the estimate is <strong>biased upwards</strong>. Even two
        samples of the same distribution, whose true distance is 0, score above 0, and more so when they are
        small: random noise makes the two means and covariances differ. The figure repeats that comparison ten
        times at N = 50, 500 and 5,000. At N = 50 the values are large and scattered; at 5,000 they sit close
        to 0. The bias shrinks roughly like 1/N (Chong and Forsyth 2020), so two FIDs are comparable only at
        the same N.
      </p>
      <SmallSamplesFigure />
      <p>
        With real images there is more. Images must be resized to Inception’s 299 × 299 input, and Parmar et
        al. (2022) found that the resizing code alone (the library, the filter, a JPEG step) has a large
        effect on FID, sometimes larger than the gaps papers report between methods. Different copies of the
        Inception weights give different numbers too. A reported FID is only comparable with another one
        computed with the same code, the same weights, the same resizing and the same N.
      </p>
      <ForImplementers id="generative.notes.small" topic="the repeats">
        <p>
          Each repeat draws two real samples of 5,000 points from its own seed and compares their first 50,
          500 and 5,000 points, so every size of a repeat shares its seed. The expected FID of two samples of
          the same distribution is roughly proportional to 1/N; Chong and Forsyth (2020) fit FID against 1/N
          and extrapolate to N = ∞ (FID<sub>∞</sub>). Parmar et al. (2022) released <code>clean-fid</code>,
          which fixes the resizing (PIL bicubic with antialiasing) so that numbers match across frameworks.
        </p>
      </ForImplementers>

      <SectionClosing content={closing} />
    </article>
  );
}
