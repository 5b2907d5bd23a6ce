/**
 * The choosing section (#/choosing): no single metric is enough, so the
 * reader answers six questions and gets the metrics to report together,
 * each with its trap, the convention to state and a link to the figure
 * that shows the trap; then the instructors' one-page table. It opens on
 * the chooser, its recommendation visible on the first screen.
 */
import { choosingText } from '../../i18n/choosing';
import { ChooserFigure } from './figures/chooser/ChooserFigure';
import { InstructorsTableFigure } from './figures/table/InstructorsTableFigure';
import { SectionClosing } from '../../widgets/SectionClosing';
import { ForImplementers } from '../../widgets/ForImplementers';
import * as closing from './closing';

/** The choosing section page. */
export default function ChoosingSection() {
  return (
    <article className="ba-section">
      <h1>{choosingText.section.title}</h1>
      <p className="ba-hook">
        Every metric hides something: accuracy the rare class, Dice the tiny structure, PSNR the blur, a mean
        the test-set size. Report several that hide different things, and say how you computed them.
      </p>
      <ChooserFigure />

      <h2>Metrics come in teams</h2>
      <p>
        The sections before this one each sprang one trap. A lazy segmentation scored 90 % pixel accuracy and
        zero IoU on people. The same five-pixel shift ruined a small box and barely touched a large one. PSNR
        preferred a blurred photo to a sharp one. Two models 0.01 apart swapped places on another test set. No
        single number survives all of these, so good papers report a small team of metrics chosen so that each
        one covers another’s blind spot.
      </p>
      <p>
        The chooser above asks the questions that decide the team. Is the problem imbalanced? Then an average
        over pixels or images rewards the majority, and per-class scores must stand beside it. Do tiny
        structures matter? Then an overlap score needs a companion that is not dominated by size. Can an image
        be empty? Then you must say what a metric that divides 0 by 0 reports. Do you deploy a probability or
        a yes/no decision? A probability is judged by a loss or calibration, a decision by precision and
        recall at the threshold you ship. Change an answer and watch the list change; each item links to the
        figure that shows its trap.
      </p>
      <p>
        The conventions matter as much as the metrics. Two teams can both report “mIoU” and still compute
        different numbers: one averages per image, the other pools all pixels; one skips empty references, the
        other scores them 1. State the library and its version, the averaging, the rule for empty cases and
        ties, any cap or crop, and the number of test images with an interval.
      </p>
      <ForImplementers id="choosing.notes.reloaded" topic="Metrics Reloaded and this chooser">
        <p>
          The chooser is a much simplified version of the approach of Metrics Reloaded (Maier-Hein et al.,
          2024): first classify the problem (image-level classification, semantic segmentation, object
          detection, instance segmentation), then let properties of the data and of the goal (class imbalance,
          small structures, empty images, whether calibrated probabilities are needed) choose a set of metrics
          that complement each other. Its companion paper (Reinke et al., 2024) catalogues the pitfalls. Use
          their online tool for a full recommendation; use this one to remember why each metric is on the
          list.
        </p>
      </ForImplementers>

      <h2>The instructors’ table</h2>
      <p>
        One page for a wall or a slide: for each task, the metrics to report together, the trap each one has,
        and the section of this app that shows it. It prints on one A4 page.
      </p>
      <InstructorsTableFigure />

      <SectionClosing content={closing} />
    </article>
  );
}
