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
import { InspectorFigure } from './figures/inspector/InspectorFigure';
import { OwnImagesFigure } from './figures/own-images/OwnImagesFigure';
import { LpipsFigure } from './figures/lpips/LpipsFigure';
import { FilterBankFigure } from './figures/filter-bank/FilterBankFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import * as closing from './closing';
import './imageQuality.css';

const PSNR_TEX = String.raw`\mathrm{MSE} = \frac{1}{N}\sum_{i=1}^{N} (x_i - y_i)^2, \qquad \mathrm{PSNR} = 10 \log_{10} \frac{255^2}{\mathrm{MSE}}\ \mathrm{dB}`;
const SSIM_TEX = String.raw`\mathrm{SSIM}(x, y) = \underbrace{\frac{2\mu_x\mu_y + C_1}{\mu_x^2 + \mu_y^2 + C_1}}_{l\ \text{(luminance)}} \cdot \underbrace{\frac{2\sigma_x\sigma_y + C_2}{\sigma_x^2 + \sigma_y^2 + C_2}}_{c\ \text{(contrast)}} \cdot \underbrace{\frac{\sigma_{xy} + C_3}{\sigma_x\sigma_y + C_3}}_{s\ \text{(structure)}}`;
const LPIPS_TEX = String.raw`d(x, x_0) = \sum_{l} \frac{1}{H_l W_l} \sum_{h, w} \left\| w_l \odot \left( \hat{y}^{l}_{hw} - \hat{y}^{l}_{0,hw} \right) \right\|_2^2, \qquad \hat{y}^{l}_{hw} = \frac{y^{l}_{hw}}{\lVert y^{l}_{hw} \rVert_2}`;

/** The image-quality section page. */
export default function ImageQualitySection() {
  return (
    <article className="ba-section">
      <h1>{iqText.section.title}</h1>
      <p>
        When a network denoises, sharpens, compresses or generates a photo, we want one number that says how
        close the result is to the original. For more than thirty years the usual answer has been the{' '}
        <strong>peak signal-to-noise ratio</strong> (PSNR). It is easy to compute and easy to compare. But it
        answers a narrow question: how large are the pixel differences, on average? It does not ask where the
        differences are, or whether a person would notice them.
      </p>

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

      <h2>Blurry or noisy?</h2>
      <p>
        Below, one photo gets two kinds of damage. The left copy is blurred with a Gaussian filter. The right
        copy gets random noise: each pixel value moves up or down by a random amount, with a spread σ in grey
        levels. The noise comes from a fixed seed, so a share link shows the very same grains. Every copy is
        rounded and clipped to whole values from 0 to 255, as a saved image would be.
      </p>
      <p>
        Press <strong>Match PSNR</strong>. The worker searches for the noise level that gives the noisy copy
        the same PSNR as the blurred one (by bisection: it halves the search interval until the two agree).
        Now both copies are equally good for PSNR. Do they look equally good to you? Many people prefer the
        sharp, grainy copy; some prefer the smooth one. Vote before you look at the numbers: they stay covered
        until you do.
      </p>
      <BlurNoiseFigure />

      <h2>More ways to fool PSNR</h2>
      <p>
        Blur and noise are not the only trap. Make every pixel 10 levels brighter and the photo looks the
        same, but every pixel is now 10 levels off: the MSE is about 100 and PSNR falls to about 28 dB. On the
        astronaut that is as low as a blur with σ 1.2, which you can clearly see (try it above). Move the
        photo 2 pixels to the right and nothing is lost at all, yet PSNR drops to about 20 dB, because almost
        every pixel now sits next to where it should be. A JPEG at quality 20 can score better than both while
        showing blocky artefacts you may spot at once.
      </p>
      <p>
        The moved copy is scored only where it overlaps the original, so no invented border pixels enter the
        numbers. The JPEG copy is made by your own browser’s encoder. Rank the four copies by eye in the
        table, then compare your ranking with PSNR’s and SSIM’s.
      </p>
      <FoolFigure />

      <h2>SSIM: comparing local structure</h2>
      <p>
        Wang, Bovik, Sheikh and Simoncelli (2004) proposed the <strong>structural similarity index</strong>{' '}
        (SSIM). Instead of single pixels, it compares small windows. Around every pixel it takes a Gaussian
        window (σ = 1.5, 11 × 11 pixels) and computes, in the original and in the copy, the mean μ, the
        variance σ² and their covariance σ<sub>xy</sub>. Three terms compare them:
      </p>
      <Formula
        tex={SSIM_TEX}
        label="SSIM equals luminance times contrast times structure: luminance compares the means, contrast the standard deviations, structure the covariance relative to the standard deviations"
      />
      <p>
        The <strong>luminance</strong> term <em>l</em> compares the means, relative to their size. The{' '}
        <strong>contrast</strong> term <em>c</em> compares the standard deviations. The{' '}
        <strong>structure</strong> term <em>s</em> is a correlation: it is 1 when the copy’s window is the
        original’s up to brightness and contrast. The small constants C<sub>1</sub> = (0.01 · 255)², C
        <sub>2</sub> = (0.03 · 255)² and C<sub>3</sub> = C<sub>2</sub> / 2 keep flat windows from dividing by
        zero. Each term is at most 1, and SSIM = 1 only for identical windows. Averaging over all pixels (and,
        here, over the three colour channels) gives the mean SSIM. It can range from −1 to 1.
      </p>
      <p>
        Pick a pixel in the map below and read its terms. On the brighter copy, <em>l</em> is a hair below 1
        and <em>c</em> and <em>s</em> are exactly 1 wherever nothing clipped: that is why SSIM forgives the
        brightness shift. On the noisy copy, look at <em>c</em> and <em>s</em> in a smooth area such as the
        background: the noise adds variance the original window does not have.
      </p>
      <InspectorFigure />

      <h2>Be honest about SSIM</h2>
      <p>
        SSIM shines on exactly the changes the eye forgives: a brightness shift of 10 levels leaves it at
        about 0.87 on the astronaut and 0.94 on the coffee photo, while PSNR drops to 28 dB. But it is no cure
        for blur against noise. At equal PSNR (26.7 dB on the astronaut), SSIM ranks the blurred copy far
        above the noisy one, 0.86 against 0.56; on the coffee photo, 0.78 against 0.57. It punishes a 2-pixel
        shift too, down to about 0.67 on the astronaut and 0.57 on the coffee photo. If you preferred the
        sharp, noisy copy, SSIM disagrees with you as firmly as PSNR does. Nilsson and Akenine-Möller (2020)
        list more of its surprises, such as its dependence on the window, on the data range and on how colour
        channels are combined.
      </p>

      <h2>Your own images</h2>
      <p>
        Try the same with your photos. Choose one image and degrade it, or two images, for example an original
        and a version your model produced. The images never leave this tab, and a share link never contains
        them.
      </p>
      <OwnImagesFigure />

      <h2>LPIPS: distances between features</h2>
      <p>
        Think of two photos of golden retrievers lying on grass, taken on different days. Hardly a single
        pixel is the same, so PSNR is low and SSIM is low. Yet a person says at once that the photos are
        alike. No pixel metric can see this, because what the photos share is not pixel values but content:
        fur here, grass there, sky above.
      </p>
      <p>
        Zhang, Isola, Efros, Shechtman and Wang (2018) turned this into a metric: the{' '}
        <strong>Learned Perceptual Image Patch Similarity</strong> (LPIPS). Both images go through a network
        trained on ImageNet (AlexNet or VGG). At several layers <em>l</em>, every position has a vector of
        channel activations <em>y</em>. LPIPS scales each vector to unit length, takes the difference, weights
        every channel by a learned weight <em>w</em>, squares, averages over the positions and sums over the
        layers:
      </p>
      <Formula
        tex={LPIPS_TEX}
        label="LPIPS distance: the sum over layers of the spatial mean of the squared, channel-weighted difference between unit-normalised features of the two images"
      />
      <p>
        The weights were fitted to thousands of human judgments of which of two distorted patches looks closer
        to a reference (the BAPPS data set). On those judgments, deep-feature distances agree with people more
        often than PSNR or SSIM do. Lower LPIPS means more similar.
      </p>
      <p>
        The real LPIPS needs the trained network and its weights, which cannot be downloaded here. So below,
        the features are numbers you can see and edit, and only the formula is real: it is the same code that
        is checked against the reference implementation.
      </p>
      <LpipsFigure />
      <p>
        To see what “feature space” does without any learning, the last figure replaces the network with five
        textbook filters. Its distance forgives the brightness shift almost completely and the 2-pixel move
        mostly, because its features describe edges in 4 × 4 blocks rather than exact pixel values. But it
        still ranks the blur above the noise. It is an illustration of the idea, not LPIPS, and it was never
        checked against what people see.
      </p>
      <FilterBankFigure />

      <SectionClosing selfCheckId="image-quality.selfcheck" content={closing} />
    </article>
  );
}
