/**
 * The image-quality section (#/image-quality): PSNR's blind spots (blur
 * against noise, brightness, contrast, translation, JPEG), what SSIM measures
 * and where it fails too, the reader's own images, and the idea of LPIPS.
 * Prose and wiring only; every number comes from the worker.
 */
import { Formula } from '../../widgets/Formula';
import { iqText } from '../../i18n/imageQuality';
import { BlurNoiseFigure } from './figures/blur-noise/BlurNoiseFigure';
import { FoolFigure } from './figures/fool/FoolFigure';
import { AggregationFigure } from './figures/aggregation/AggregationFigure';
import { InspectorFigure } from './figures/inspector/InspectorFigure';
import { OwnImagesFigure } from './figures/own-images/OwnImagesFigure';
import { LpipsFigure } from './figures/lpips/LpipsFigure';
import { FilterBankFigure } from './figures/filter-bank/FilterBankFigure';
import { ImplementationsFigure } from './figures/implementations/ImplementationsFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';
import './imageQuality.css';

const PSNR_TEX = String.raw`\mathrm{MSE} = \frac{1}{N}\sum_{i=1}^{N} (x_i - y_i)^2, \qquad \mathrm{PSNR} = 10 \log_{10} \frac{255^2}{\mathrm{MSE}}\ \mathrm{dB}`;
const SSIM_TEX = String.raw`\mathrm{SSIM}(x, y) = \underbrace{\frac{2\mu_x\mu_y + C_1}{\mu_x^2 + \mu_y^2 + C_1}}_{l\ \text{(luminance)}} \cdot \underbrace{\frac{2\sigma_x\sigma_y + C_2}{\sigma_x^2 + \sigma_y^2 + C_2}}_{c\ \text{(contrast)}} \cdot \underbrace{\frac{\sigma_{xy} + C_3}{\sigma_x\sigma_y + C_3}}_{s\ \text{(structure)}}`;
const LPIPS_TEX = String.raw`d(x, x_0) = \sum_{l} \frac{1}{H_l W_l} \sum_{h, w} \sum_{c} w_{l,c} \left( \hat{y}^{l}_{hwc} - \hat{y}^{l}_{0,hwc} \right)^2, \qquad \hat{y}^{l}_{hw} = \frac{y^{l}_{hw}}{\lVert y^{l}_{hw} \rVert_2}`;

/** The image-quality section page. */
export default function ImageQualitySection() {
  return (
    <article className="ba-section">
      <h1>{iqText.section.title}</h1>
      <p className="ba-hook">
        One photo, two copies: one blurred, one noisy. By PSNR, the score most papers still report, they are
        equally good. Do they look equally good to you?
      </p>
      <BlurNoiseFigure />
      <p>
        For over thirty years, the usual score of a denoised, compressed or generated photo against its
        original has been the <strong>peak signal-to-noise ratio</strong> (PSNR). It answers a narrow
        question: how large are the pixel differences, on average? It ignores where they are and whether a
        person would notice them.
      </p>
      <p>
        Above, the left copy is blurred. The right copy gets random noise with a spread σ in grey levels,
        chosen so that both copies have the same PSNR. Many people prefer the sharp, grainy copy; some, the
        smooth one. Change the blur or noise, then press <strong>Match PSNR</strong>.
      </p>
      <ForImplementers id="image-quality.notes.copies" topic="how the copies are made">
        <p>
          The noise comes from a fixed seed, so a share link shows the very same grains. Every copy is rounded
          and clipped to whole values from 0 to 255, as a saved image would be. The figure opens with the
          noise σ that “Match PSNR” finds for the astronaut blurred with σ 1.5 and seed 1. The moved copy of
          the next figure is scored only where it overlaps the original, so no invented border pixels enter
          the numbers. The JPEG copy is made by your own browser’s encoder.
        </p>
      </ForImplementers>

      <h2>PSNR in one line</h2>
      <p>
        Take the difference of every pixel value of the original <em>x</em> and the copy <em>y</em>, in every
        colour channel. Square the differences and average them: that is the{' '}
        <strong>mean squared error</strong> (MSE). PSNR puts the MSE on a logarithmic scale, relative to the
        largest possible value, 255 for 8-bit images:
      </p>
      <Formula
        tex={PSNR_TEX}
        label="MSE equals the mean of the squared pixel differences; PSNR equals 10 times the base-10 logarithm of 255 squared over the MSE, in decibels"
      />
      <p>
        Higher is better. Identical images have MSE 0 and an infinite PSNR. Each halving of the MSE adds about
        3 dB. Nothing in the formula knows which pixel sits next to which: shuffle all pixel positions of both
        images in the same way and PSNR does not change.
      </p>
      <ForImplementers
        id="image-quality.notes.history"
        topic="where the blur-versus-noise experiment comes from"
      >
        <p>
          This experiment is old. Wang and Bovik (2009) showed a photo damaged in six ways with the same MSE,
          from barely visible to ruined. Blau and Michaeli (2018) explained why models trained to minimise MSE
          give blurry results: when several sharp answers are plausible, the one with the lowest expected
          squared error is their average, and an average of sharp images is blurred.
        </p>
      </ForImplementers>

      <h2>More ways to fool PSNR</h2>
      <p>
        Make every pixel 10 levels brighter and the photo looks the same, but every pixel is now 10 levels
        off: the MSE is about 100 and PSNR falls to about 28 dB. On the astronaut that is as low as a blur
        with σ 1.2, which you can clearly see (try it above). Move the photo 2 pixels to the right and nothing
        is lost at all, yet PSNR drops to about 20 dB, because almost every pixel now sits next to where it
        should be. A JPEG at quality 20 can score better than both while showing blocky artefacts you may spot
        at once.
      </p>
      <p>Rank the four copies by eye in the table, then compare your ranking with PSNR’s and SSIM’s.</p>
      <FoolFigure />
      <AggregationFigure />
      <ForImplementers id="image-quality.notes.aggregation" topic="averaging PSNR, and the bootstrap">
        <p>
          Super-resolution code such as BasicSR computes PSNR for each image and reports the mean. Two images
          at 48 dB and 20 dB average to 34 dB; pool their errors first and the pair scores 23 dB, because the
          20 dB image holds almost all of the error. Say which you report.
        </p>
        <p>
          The intervals are percentile bootstrap intervals (Efron and Tibshirani, 1993): 1,000 resamples of
          the images with replacement, seeded so a link shows the same numbers, with the 2.5th and 97.5th
          percentiles of the resampled means. Resampling the images of both models together gives the share of
          resamples in which their order flips.
        </p>
      </ForImplementers>

      <h2>SSIM: comparing local structure</h2>
      <p>
        Wang and colleagues (2004) proposed the <strong>structural similarity index</strong> (SSIM). Instead
        of single pixels, it compares small windows. Around every pixel it takes a Gaussian window (σ = 1.5,
        11 × 11 pixels) and computes, in the original and in the copy, the mean μ, the variance σ² and their
        covariance σ<sub>xy</sub>. Three terms compare them:
      </p>
      <Formula
        tex={SSIM_TEX}
        label="SSIM equals luminance times contrast times structure: luminance compares the means, contrast the standard deviations, structure the covariance relative to the standard deviations"
      />
      <p>
        The <strong>luminance</strong> term <em>l</em> compares the means, relative to their size. The{' '}
        <strong>contrast</strong> term <em>c</em> compares the standard deviations. The{' '}
        <strong>structure</strong> term <em>s</em> is a correlation: it is 1 when the copy’s window is the
        original’s up to brightness and contrast. Each term is at most 1, and SSIM = 1 only for identical
        windows. The mean SSIM, its average over the pixels, ranges from −1 to 1.
      </p>
      <ForImplementers id="image-quality.notes.ssim-constants" topic="SSIM constants, border and channels">
        <p>
          The small constants C<sub>1</sub> = (0.01 · 255)², C<sub>2</sub> = (0.03 · 255)² and C<sub>3</sub> =
          C<sub>2</sub> / 2 keep flat windows from dividing by zero. The mean SSIM averages over all pixels at
          least 5 pixels from the border (scikit-image leaves out a border of half the window) and, here, over
          the three colour channels.
        </p>
      </ForImplementers>
      <p>
        Pick a pixel in the map below and read its terms. On the brighter copy, <em>c</em> and <em>s</em> are
        exactly 1 wherever nothing clipped. In a dark window, going from 0 to 10 is a large relative change,
        and <em>l</em> collapses: on the astronaut, one window in eight has <em>l</em> below 0.5. On the noisy
        copy, look at <em>c</em> and <em>s</em> in a smooth area such as the background: the noise adds
        variance the original window does not have.
      </p>
      <InspectorFigure />

      <h2>Be honest about SSIM</h2>
      <p>
        SSIM does not simply forgive what the eye forgives. A brightness shift of 10 levels is barely visible,
        yet on the astronaut it scores about 0.87, no better than the clearly visible blur with σ 1.5 (0.86),
        because of the dark regions. And SSIM is no cure for blur against noise. At equal PSNR (26.7 dB on the
        astronaut), it ranks the blurred copy far above the noisy one, 0.86 against 0.56. It punishes a
        2-pixel shift too, down to about 0.67 on the astronaut. If you preferred the sharp, noisy copy, SSIM
        disagrees with you, while PSNR calls the two a tie.
      </p>
      <p>
        Other SSIM code gives other numbers for the same pair, and can even rank the two copies the other way.
        Always say which SSIM you used.
      </p>
      <ForImplementers id="image-quality.notes.ssim-variants" topic="SSIM variants and library differences">
        <p>
          Contrast changes are no safer: depending on the photo, a lower contrast can score below a visible
          blur. On the brighter coffee photo, a brightness shift of 10 levels scores 0.94; at equal PSNR the
          blurred copy scores 0.78 against the noisy copy’s 0.57, and a 2-pixel shift scores about 0.57.
        </p>
        <p>
          These numbers are scikit-image’s SSIM with an 11 × 11 Gaussian window, averaged over the red, green
          and blue channels, without downsampling. Other code gives other numbers for the same pair: a 7 × 7
          uniform window (scikit-image’s default), the luma channel only, or the reference MATLAB code, which
          also halves a 512-pixel image before comparing. With those last settings the noisy coffee copy even
          scores above the blurred one. Nilsson and Akenine-Möller (2020) list more of its surprises, such as
          its dependence on the window, on the data range and on how colour channels are combined.
        </p>
      </ForImplementers>
      <ImplementationsFigure />

      <h2>Your own images</h2>
      <p>
        Try it with your photos: degrade one image, or compare an original with your model’s output. The
        images never leave this tab, and a share link never contains them.
      </p>
      <OwnImagesFigure />

      <h2>LPIPS: distances between features</h2>
      <p>
        Zhang and colleagues (2018) asked whether the features of a trained network compare images more the
        way people do. Their <strong>Learned Perceptual Image Patch Similarity</strong> (LPIPS) is, like PSNR
        and SSIM, a full-reference measure: it says how different a distorted copy looks from its own
        reference. Both images go through a trained network. At several layers <em>l</em>, every position has
        a vector of channel activations <em>y</em>. LPIPS scales each vector to unit length, takes the
        difference position by position, squares it, weights every channel by a learned weight <em>w</em>,
        averages over the positions and sums over the layers:
      </p>
      <Formula
        tex={LPIPS_TEX}
        label="LPIPS distance: the sum over layers of the spatial mean of the squared, channel-weighted difference between unit-normalised features of the two images"
      />
      <p>
        The weights were fitted to about half a million human judgments: of two distorted copies of a small
        patch, which looks closer to the reference? On those judgments, deep-feature distances agree with
        people more often than PSNR or SSIM do. Lower LPIPS means more similar.
      </p>
      <ForImplementers id="image-quality.notes.lpips" topic="LPIPS weights and the official code">
        <p>
          The paper writes the weighting as a squared norm of <em>w</em> times the difference; there the
          weights are the square roots of the ones above, which is what the official code multiplies by. The
          judgments are the BAPPS data set, with 64 × 64 patches. Both images go through a network trained on
          ImageNet (AlexNet or VGG).
        </p>
      </ForImplementers>
      <ForImplementers id="image-quality.notes.lpips-content" topic="what LPIPS does not measure">
        <p>
          LPIPS does not tell whether two different photos show the same thing. Two photos of two different
          dogs have different features at almost every position, so their LPIPS is large; image generators are
          even scored for variety by the LPIPS between their outputs. Likeness of content is measured with
          global embeddings instead: CLIP or DINO features of the whole image, or Inception features of whole
          sets of images, as FID does.
        </p>
      </ForImplementers>
      <p>
        The real LPIPS needs a trained network, which cannot be downloaded here. So below, the features are
        numbers you can edit; the formula is the real one, checked against the reference implementation.
      </p>
      <LpipsFigure />
      <p>
        To see what “feature space” does without any learning, the last figure replaces the network with five
        textbook filters. Its distance forgives the brightness shift almost completely and the 2-pixel move
        mostly, because its features describe edges in 4 × 4 blocks rather than exact pixel values. But it
        still ranks the blur above the noise. It illustrates the idea; it is not LPIPS.
      </p>
      <FilterBankFigure />

      <SectionClosing selfCheckId="image-quality.selfcheck" content={closing} />
    </article>
  );
}
