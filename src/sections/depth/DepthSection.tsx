/**
 * The depth section (#/depth): why a 10 cm error is small on a wall and large
 * on a book, how RMSE and AbsRel weigh near and far pixels, and which
 * evaluation conventions (cap, validity mask, median scaling) change the
 * numbers. It opens on the wall-and-book figure, already showing the trap;
 * library conventions and metric definitions sit in "For implementers"
 * blocks. Prose and wiring only; every number comes from the worker.
 */
import { depthText } from '../../i18n/depth';
import { WallBookFigure } from './figures/wall-book/WallBookFigure';
import { MapFigure } from './figures/map/MapFigure';
import { ConventionsFigure } from './figures/conventions/ConventionsFigure';
import { AggregationFigure } from './figures/aggregation/AggregationFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

/** The depth section page. */
export default function DepthSection() {
  return (
    <article className="ba-section">
      <h1>{depthText.section.title}</h1>
      <p className="ba-hook">
        A model predicts a wall 10 m away at 9.9 m and a book 1 m away at 0.9 m: both 10 cm short. In metres
        the two errors are equal; relative to the distance, the book’s is ten times larger.
      </p>
      <WallBookFigure />

      <h2>Ten centimetres, twice</h2>
      <p>
        A depth network looks at one photo and guesses, for every pixel, how far away the surface is, in
        metres. To judge it, we compare its depth map <em>d</em> with a measured one, <em>d*</em>, from a
        laser scanner (LiDAR) outdoors or a depth camera indoors. But “far off” can mean metres, or a
        percentage of the distance, and the two answers can disagree completely. For a robot arm reaching for
        the book, 10 cm is a miss; for a car braking in front of the wall, it hardly matters.
      </p>
      <p>
        The <strong>root mean squared error</strong> (RMSE) squares each miss in metres, averages the squares
        and takes the square root. It sees 0.1 m twice and calls the two errors equal. The{' '}
        <strong>absolute relative error</strong> (AbsRel) divides each miss by the true depth first: 0.1 / 10
        = 1 % for the wall, 0.1 / 1 = 10 % for the book. The <strong>threshold accuracy</strong> δ &lt; 1.25
        counts the share of pixels whose prediction is within a factor 1.25 of the truth, in either direction:
        the larger of <em>d</em>/<em>d*</em> and <em>d*</em>/<em>d</em> must be below 1.25. Benchmarks also
        report the looser thresholds 1.25² and 1.25³.
      </p>
      <p>
        Move the sliders. Put both predictions on the truth and every error drops to 0, every δ to 1. Then
        move the book to 0.7 m and the wall to 9.7 m: both are 30 cm off, equal for RMSE, but the book fails δ
        &lt; 1.25 (1 / 0.7 ≈ 1.43) while the wall passes easily (10 / 9.7 ≈ 1.03).
      </p>
      <ForImplementers id="depth.notes.threshold" topic="where δ < 1.25 comes from, and the 1 mm clamp">
        <p>
          The threshold accuracy δ &lt; 1.25 was used by Ladický, Shi and Pollefeys (2014) and popularised by
          Eigen et al. (2014). The evaluation here clamps predictions to at least 1 mm, as monodepth2 does, so
          a prediction of 0 m counts as 0.001 m.
        </p>
      </ForImplementers>

      <h2>A whole depth map: who makes the error?</h2>
      <p>
        A real depth map has thousands of pixels, near and far. The scene below is a drawn street, seen from a
        camera 1.5 m above the ground, with a far wall at 34 m and a sky. There are about four times as many
        pixels nearer than 3 m as pixels beyond 20 m, because the ground right in front of the camera fills
        the bottom of the picture.
      </p>
      <p>
        The prediction is not a real network. It is the ground truth with errors you control: a global scale
        (every depth multiplied by the same number), noise on the near and on the far pixels (a spread that is
        a percentage of the true depth, from a fixed random seed), and blurred edges, where a network predicts
        depths in between that belong to neither object.
      </p>
      <p>
        Set the near noise and the far noise to the same percentage, one at a time. Far noise moves RMSE much
        more: 10 % of 30 m is 3 m, 10 % of 2 m is 0.2 m, and squaring makes the gap 225 times larger. Near
        noise moves AbsRel more, because AbsRel sees 10 % everywhere and there are more near pixels. The bars
        show it directly: the far band takes most of the squared error even though it holds few pixels.
      </p>
      <p>
        One more metric is worth a try: <strong>SILog</strong>, the scale-invariant log error, ignores a
        global scale. Set noise and blur to 0 and the scale to 2. AbsRel becomes 1, δ &lt; 1.25 becomes 0, and
        SILog stays 0.
      </p>
      <MapFigure />
      <ForImplementers id="depth.notes.scene" topic="the drawn scene and real datasets">
        <p>
          The drawn street has a floor, two side walls, a far wall at 34 m, some objects in between (a crate,
          a chair, a person, a car, a pillar, a kiosk, a far building) and a sky. Each noisy pixel moves by a
          random amount whose spread is a percentage of its true depth. Networks smooth their output, so at
          the border between a near object and the far wall they predict depths in between; a handful of such
          pixels can carry large errors.
        </p>
        <p>
          Real datasets differ from the drawn street: the KITTI camera sits 1.65 m up and first sees the road
          about 6 m away, so it has almost no pixels under 3 m, and NYU Depth v2 stops at 10 m.
        </p>
      </ForImplementers>
      <ForImplementers id="depth.notes.metrics" topic="the other metrics of the standard list">
        <p>
          The other metrics of the standard list (from Eigen et al. 2014 and later papers):{' '}
          <strong>SqRel</strong> averages the squared miss divided by the true depth;{' '}
          <strong>RMSE(log)</strong> is RMSE computed on the logarithms of the depths, so it measures ratios;{' '}
          <strong>log10</strong> averages the absolute difference of base-10 logarithms;{' '}
          <strong>SILog</strong>, the scale-invariant log error, is 100 times the standard deviation of ln{' '}
          <em>d</em> − ln <em>d*</em>. Multiplying every prediction by the same number shifts every log
          difference by the same amount, so SILog ignores a global scale. The log10 and SILog code follows BTS
          (Lee et al. 2019); the other metrics follow monodepth2’s evaluate_depth.py.
        </p>
      </ForImplementers>

      <h2>Conventions that change the numbers</h2>
      <p>
        Before any metric is computed, the evaluation decides which pixels count and how the prediction is
        prepared. These choices are rarely in the headline, but they move the numbers as much as a better
        model does.
      </p>
      <ul>
        <li>
          <strong>A depth cap.</strong> Benchmarks only score pixels whose true depth lies in a range: up to
          80 m outdoors on KITTI, up to 10 m indoors on NYU Depth v2. With a 10 m cap, the far half of our
          street is simply not scored.
        </li>
        <li>
          <strong>Pixels without ground truth are skipped.</strong> The sky has no measured depth, and a LiDAR
          leaves most pixels of a camera image without a return. The standard evaluation leaves them out with
          a validity mask. A script that forgets the mask must invent a ground truth for them (0 m, or the
          cap) and scores the model against it.
        </li>
        <li>
          <strong>Median scaling.</strong> From one image, a model cannot know the true scale: a toy street
          photographed up close looks like a real street. Self-supervised monocular models are therefore often
          scored after multiplying each prediction by median(<em>d*</em>) / median(<em>d</em>), which removes
          any global scale error.
        </li>
      </ul>
      <p>
        The model below is exact up to one scale factor. Set the scale error to 2: δ &lt; 1.25 falls to 0 on
        every pixel. Tick median scaling and it is back at 1, as if the model were perfect. Switch the cap
        from KITTI to NYU and fewer pixels count. The dashed box shows what a script without a validity mask
        would report: it changes with how the sky is filled in, while the standard readouts ignore the sky.
      </p>
      <ConventionsFigure />
      <ForImplementers id="depth.notes.conventions" topic="depth caps, clamping and median scaling in code">
        <p>
          The 80 m cap on KITTI is a convention of Eigen et al. and monodepth; Garg et al. also used 50 m, and
          the LiDAR itself reaches about 120 m. Predictions are clamped into the same range as the ground
          truth (at least 1 mm, at most the cap), so with a 10 m cap a prediction beyond 10 m is cut to 10 m.
        </p>
        <p>
          Median scaling multiplies each prediction by median(<em>d*</em>) / median(<em>d</em>) over the
          pixels that are scored, per image or once for the whole set; say which. A monocular model scored
          with median scaling cannot be compared with one scored without it.
        </p>
      </ForImplementers>

      <h2>Average per frame, or pool the pixels?</h2>
      <p>
        Score each frame and average, or pool all pixels and score once? A night frame may hold 40 valid LiDAR
        pixels, a clear one 2,000, so the two means weigh frames very differently.
      </p>
      <AggregationFigure />
      <ForImplementers id="depth.notes.aggregation" topic="which code averages how, and the bootstrap">
        <p>
          monodepth2’s evaluate_depth.py computes the errors of each image and then takes their mean, so every
          frame weighs the same. Pooling over pixels instead weighs each frame by its number of valid pixels.
          Neither is wrong; a paper has to say which, and results computed the two ways cannot be compared.
        </p>
        <p>
          The intervals are percentile bootstrap intervals (Efron and Tibshirani, 1993): 1,000 resamples of
          the frames with replacement, seeded so a link shows the same numbers, with the 2.5th and 97.5th
          percentiles of the resampled means. Resampling the frames of both models together gives the share of
          resamples in which their order flips. Reinke et al. (2024) list missing uncertainty and unstated
          aggregation among the common pitfalls of image-analysis validation.
        </p>
      </ForImplementers>

      <SectionClosing content={closing} />
    </article>
  );
}
