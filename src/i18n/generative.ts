/**
 * UI strings of the generative section (#/generative): figure titles,
 * captions, control and readout labels, and the drawings' accessible names.
 * The prose stays with the section's components.
 */
import { messages } from './messages';

export const generativeText = {
  section: {
    title: messages.sections.generative.title,
    summary: messages.sections.generative.summary,
  },
  standIn: 'Toy 2-D features, not Inception-v3',
  realLegend: 'real samples (hollow circles), 1σ and 2σ ellipses dashed',
  generatedLegend: 'generated samples (filled squares), 1σ and 2σ ellipses solid',
  realCentre: '+ real mode centre',
  fid: {
    title: 'FID on a ring of eight modes',
    caption:
      'Real samples come from 8 Gaussians on a ring. Shape the generated samples: drag a generated mode (or focus it and use the arrow keys: 0.1, Shift 1.0), keep fewer modes, change their spread.',
    kept: 'Modes kept',
    spread: 'Spread of each generated mode',
    samples: 'Samples per set (N)',
    seed: 'Seed of the generated sample',
    mode: (k: number) => `generated mode ${k}`,
    dropped: (k: number) => `mode ${k} dropped`,
    plane: (kept: number, spread: string, n: number, fid: string) =>
      `Feature plane: real samples from 8 modes on a ring; generated samples from ${kept} of 8 modes, spread ${spread}, ${n} per set; FID ${fid}`,
    total: 'FID',
    meanTerm: 'Mean term',
    traceTerm: 'Trace term',
    termsTitle: (m: string, t: string) => `FID = mean ${m} (hatched) + trace ${t} (solid)`,
    termsBar: (m: string, t: string) =>
      `Stacked bar of FID on a scale from 0 to 50: mean term ${m}, trace term ${t}`,
    spoken: 'FID = mean term {m} + trace term {t} = {fid}',
    spokenMoments:
      'Real mean ({rx}, {ry}), generated mean ({gx}, {gy}); trace of the real covariance {tr}, of the generated covariance {tg}',
  },
  inception: {
    title: 'Inception Score never looks at the real data',
    caption:
      'A fixed classifier gives each generated sample a probability for each of the 8 real modes. Click a sample (or use the slider) to see its p(y|x); the marginal p(y) is the mean over all 2,000 samples.',
    kept: 'Modes kept',
    spread: 'Spread of each generated mode',
    pick: 'Picked sample',
    plane: (kept: number, spread: string, pick: number) =>
      `Generated samples from ${kept} of 8 modes with spread ${spread}; picked sample ${pick} ringed. Click a sample to pick it.`,
    is: 'Inception Score',
    trace: 'FID trace term (same samples)',
    pickedMax: 'Largest p(y|x) of the picked sample',
    conditional: 'p(y|x), picked sample',
    marginal: 'p(y), all samples',
    bars: (name: string, values: string) => `${name}: ${values}`,
    modeLabel: (k: number) => `mode ${k}`,
    spoken: 'IS = exp of the mean over samples of KL(p(y|x) ‖ p(y)) = {is}',
  },
  small: {
    title: 'FID of the same distribution at N = 50, 500, 5,000',
    caption:
      'Two samples of the real distribution, compared with each other. Each dot is one seeded repeat; the bar is their mean. The true distance is 0.',
    seed: 'Seed of the repeats',
    mean: (n: string) => `Mean FID at N = ${n}`,
    plot: (means: string) =>
      `Dot plot of FID between two samples of the same distribution, 10 repeats per sample size; means ${means}`,
    axis: 'FID (log scale)',
    sizeLabel: (n: string) => `N = ${n}`,
  },
} as const;
