/**
 * UI strings of the benchmarks section (#/benchmarks): figure titles,
 * captions, control labels and readout labels. The prose stays with the
 * section's components; the timeline's stop texts live in its data file.
 */
import { messages } from './messages';

export const benchmarksText = {
  section: { title: messages.sections.benchmarks.title },
  timeline: {
    title: 'The ImageNet error by year',
    caption: 'Focus a dataset or an ImageNet challenge year (Tab, arrow keys, click) to read what changed.',
    chartLabel: 'Timeline of four benchmarks and the winning ILSVRC top-5 error by year, 2010 to 2017',
    errorAxis: 'Winning top-5 error (%)',
    human: 'one human: 5.1 %',
    panelHeading: 'What happened',
    errorReadout: (year: number) => `Winning top-5 error, ${year}`,
    vsHuman: (error: number) =>
      error < 5.1
        ? `${(5.1 - error).toFixed(2)} points below one human annotator`
        : `${(error - 5.1).toFixed(1)} points above one human annotator`,
    sizeLabel: 'Size',
    accuracyReadout: (year: number) => `Winner’s top-5 accuracy, ${year}`,
    pointLabel: (year: number, name: string, detail: string) => `${year}: ${name}, ${detail}`,
    diagram: {
      label:
        'A benchmark is three things: a dataset split into train, validation and test images, a task, and an evaluation protocol',
      dataset: 'Dataset',
      train: 'train',
      val: 'val',
      test: 'test (hidden)',
      task: 'Task',
      taskText: 'e.g. name the object',
      protocol: 'Protocol',
      protocolText: 'metric, rules, one score',
    },
  },
  topk: {
    title: 'Top-1 against top-5',
    caption:
      'A toy classifier ranks ten classes for twelve photos. Top-k counts a photo as right when the true class is among the first k guesses. Move k.',
    kSlider: 'k (guesses allowed)',
    top1: 'Top-1 accuracy',
    top5: 'Top-5 accuracy',
    topK: (k: number) => `Top-${k} accuracy`,
    tableCaption: 'The twelve photos, the model’s first three guesses and the rank of the true class',
    photo: 'Photo',
    guesses: 'First three guesses',
    rank: 'Rank of the true class',
    verdict: (k: number) => `Counted at top-${k}`,
    kind: 'Kind of mistake',
    yes: '✓ right',
    no: '✗ wrong',
    kinds: {
      right: 'none',
      breed: 'similar breed: top-5 forgives it fairly',
      unrelated: 'unrelated class: top-5 hides a real error',
      'two-objects': 'two objects, one label: top-5 is kind',
      miss: 'unrelated class: wrong even at top-5',
    } as Record<string, string>,
    truthMark: '(true)',
  },
  lead: {
    title: 'Is a 0.01 lead real?',
    caption:
      'Model A is truly 0.01 mIoU better than model B. Change the number of test images and draw new test sets: how often does a resample put B first?',
    nSlider: 'Test images',
    redraw: 'Draw another test set',
    seedNote: (seed: number) => `Test set no. ${seed}`,
    gap: 'Lead of A on this test set (mIoU)',
    ciLow: '95 % interval of the lead, low end',
    ciHigh: '95 % interval of the lead, high end',
    flip: 'Resamples in which B comes first',
    intervalLabel:
      'The lead of A over B with its bootstrap 95 % interval, on an axis from −0.04 to 0.06; zero is marked',
    zero: '0: no difference',
    trueGap: 'true lead 0.01',
    verdictNoise: 'The interval includes 0: this test set cannot tell the two models apart.',
    verdictReal: 'The interval excludes 0: at this size the lead is measurable.',
  },
};
