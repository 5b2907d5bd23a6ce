/**
 * The text-to-image section (#/text-to-image): did the picture follow the
 * prompt? It opens on a composed scene scored against two prompts by a
 * transparent bag-of-concepts stand-in for CLIP, already showing that
 * swapped roles score the same; then DrawBench's categories and what
 * CLIPScore can see of each; then four made-up generators that no single
 * number ranks right. Prose and wiring only; every number comes from the
 * worker.
 */
import { textToImageText } from '../../i18n/textToImage';
import { ComposerFigure } from './figures/composer/ComposerFigure';
import { DrawBenchFigure } from './figures/drawbench/DrawBenchFigure';
import { GeneratorsFigure } from './figures/generators/GeneratorsFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

/** The text-to-image section page. */
export default function TextToImageSection() {
  return (
    <article className="ba-section">
      <h1>{textToImageText.section.title}</h1>
      <p className="ba-hook">
        The scene shows an astronaut riding a horse. “A horse riding an astronaut” gets the same full score.
      </p>
      <ComposerFigure />

      <h2>A score from two embeddings</h2>
      <p>
        FID tells us whether generated pictures look like real ones. It never reads the prompt. To check that
        a picture shows what was asked, we need a score that looks at the picture and the text together.
      </p>
      <p>
        <strong>CLIPScore</strong> (Hessel et al. 2021) does this with CLIP (Radford et al. 2021), a pair of
        networks trained on 400 million pictures with their captions. One network turns the picture into a
        vector, the other turns the text into a vector. Pictures and captions that belong together get vectors
        that point the same way. CLIPScore is the cosine of the angle between the two vectors, times
        <em> w</em> = 2.5, and cut at zero: CLIPScore = 2.5 · max(cos, 0).
      </p>
      <p>
        We cannot run CLIP in this page, so the figure uses a small stand-in and says so. It has one number
        per concept it knows (horse, astronaut, cat, box, sphere, red, blue): 1 if the concept is there, 0 if
        not. The formula on top is the real CLIPScore formula, computed by the same code that is tested
        against the reference implementation.
      </p>
      <p>
        Try it. Swap the words of a prompt: the score does not move. Change “three cats” to “five cats”: it
        does not move. Type a concept that is not in the scene, such as “a cat riding a horse”: the score
        falls. The lists under each prompt show which words counted and which were thrown away.
      </p>
      <p>
        This looks like a flaw of our toy, but real CLIP models behave much the same. Yuksekgonul et al.
        (2023) showed that they often cannot tell “the horse is eating the grass” from “the grass is eating
        the horse”. In Winoground (Thrush et al. 2022), pairs of captions use the same words in a different
        order, and most models did no better than chance at matching them to their pictures.
      </p>
      <ForImplementers id="text-to-image.notes.embedding" topic="the stand-in embedding">
        <p>
          The prompt is lower-cased and split into words. A word in the vocabulary (singular, plural and a few
          synonyms: cube for box, ball for sphere, kitten for cat) sets its concept to 1; numbers, relation
          words (on, under, left, right, riding, …) and every other word are ignored. The scene sets 1 for
          each kind and colour it contains. Both 7-d vectors go to the metrics package’s{' '}
          <code>clip_score</code>, which L2-normalises them, takes the dot product and returns w · max(dot,
          0), like <code>get_clip_score</code> in the reference code (jmhessel/clipscore). A prompt that names
          no known concept has a zero vector, so the cosine is 0/0 and the readout says “undefined”.
        </p>
        <p>
          Real CLIPScore uses CLIP ViT-B/32 in the paper, prefixes the caption with “A photo depicts”, and
          truncates the text at 77 tokens. Real cosines are small (a matching caption scores far below 1),
          which is why w stretches them; compare CLIPScores only when they come from the same CLIP model and
          prompt set.
        </p>
      </ForImplementers>

      <h2>DrawBench: prompts that probe failures</h2>
      <p>
        A single average over ordinary prompts hides exactly these failures. DrawBench (Saharia et al. 2022),
        released with Imagen, collects 200 prompts in 11 categories, each aimed at one kind of failure. Pick a
        category to see an example and whether CLIPScore could catch it.
      </p>
      <DrawBenchFigure />
      <p>
        Imagen’s authors did not score DrawBench with CLIPScore. They showed pictures from two models side by
        side to human raters and asked which one matched the prompt better and which one looked better. Newer
        benchmarks automate part of that work. T2I-CompBench (Huang et al. 2023) scores colour binding,
        shapes, textures, spatial relations and complex prompts with a matching checker for each. GenEval
        (Ghosh et al. 2023) runs an object detector on each picture and checks counts, colours and positions
        against the prompt.
      </p>

      <h2>Several numbers, read together</h2>
      <p>
        FID and CLIPScore measure different things, so a model can fail one and pass the other. The last
        figure has four made-up generators. Put them in the order you think is right, then look at what each
        number alone would say.
      </p>
      <GeneratorsFigure />
      <p>
        FID alone puts Glossy first: its pictures look real, even though most show the wrong things. CLIPScore
        alone puts Literal first: it draws exactly what was asked, like a cartoon. Stuck is close to Literal
        on CLIPScore; only FID shows that it makes the same picture every time. Only Balanced is good on both
        numbers at once.
      </p>
      <p>
        This is today’s practice: FID (or a similar distribution distance) for realism, CLIPScore for
        alignment, a compositional test such as T2I-CompBench or GenEval for counts, colours and positions,
        and human ratings for what none of them sees.
      </p>
      <ForImplementers id="text-to-image.notes.generators" topic="how the four generators are made">
        <p>
          Each generator draws 400 pictures for 8 prompts (50 each). A picture is two things: a toy 2-D
          feature vector for FID (real pictures: four Gaussian modes at (±2, ±2), standard deviation 0.8) and
          a concept vector for CLIPScore. Glossy samples the real distribution but replaces each named concept
          with a random one with probability 0.75. Literal draws every concept but shifts all modes by (1.6,
          −1.2). Stuck keeps one mode with standard deviation 0.35. Balanced shifts the modes by (0.35, 0.2),
          widens them a little and sometimes drops a concept. FID comes from the metrics package’s{' '}
          <code>fid_features</code>, CLIPScore is the mean of <code>clip_score</code> over the pictures; all
          seeded.
        </p>
      </ForImplementers>

      <SectionClosing content={closing} />
    </article>
  );
}
