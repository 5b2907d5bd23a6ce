/**
 * UI strings of the text-to-image section (#/text-to-image): figure titles,
 * captions, control labels, readout labels and accessible names. The prose
 * stays with the section's components.
 */
import { messages } from './messages';

/** Strings of the text-to-image section. */
export const textToImageText = {
  section: {
    title: messages.sections['text-to-image'].title,
    summary: messages.sections['text-to-image'].summary,
  },
  composer: {
    title: 'Compose a scene, score two prompts',
    caption:
      'Drag the objects (or focus one and use the arrow keys; Shift for 10 px; Delete removes it). Add objects with the buttons, then edit the prompts.',
    standIn: 'Bag-of-concepts embedding, not CLIP.',
    standInNote:
      'It counts which known nouns and colours occur and ignores everything else. Real CLIP models behave much like this (Yuksekgonul et al. 2023; Thrush et al. 2022).',
    prompt: (letter: string) => `Prompt ${letter}`,
    score: (letter: string) => `CLIPScore of prompt ${letter}`,
    noConcept: 'the prompt or the scene names no concept the embedding knows, so the cosine is 0/0',
    used: 'Used:',
    ignored: 'Ignored:',
    none: 'none',
    roles: { number: 'number', relation: 'relation', other: 'unknown' } as Record<string, string>,
    add: (kind: string) => `Add ${kind}`,
    full: 'The scene is full (12 objects).',
    selected: 'Selected object',
    colour: (name: string) => `Colour of ${name}`,
    colours: { plain: 'no colour', red: 'red', blue: 'blue' } as Record<string, string>,
    remove: (name: string) => `Remove ${name}`,
    noneSelected: 'Focus or drag an object to change its colour or remove it.',
    item: (name: string, x: number, y: number) => `${name}: x ${x}, y ${y}`,
    scene: (names: string) => `Composed scene with ${names || 'no objects'}`,
    shows: 'The scene shows:',
    keeps: 'The embedding keeps:',
    empty: 'nothing',
    examples: 'Examples',
    presets: {
      riding: 'Horse and astronaut',
      cats: 'Three cats',
      colours: 'Red box, blue sphere',
    } as Record<string, string>,
    spoken: 'CLIPScore of prompt A: w times the larger of the cosine and zero, 2.5 times {cos}, equals {s}',
  },
  drawbench: {
    title: 'DrawBench: eleven kinds of prompt',
    caption:
      'Pick a category. DrawBench (Saharia et al. 2022) has 200 prompts in 11 categories; the example prompts here are written in the style of each category.',
    legend: 'Category',
    example: 'Example prompt',
    probes: 'What it probes',
    verdict: 'Can CLIPScore see the failure?',
    verdicts: { yes: 'Mostly yes', partly: 'Partly', no: 'Mostly no' } as Record<string, string>,
  },
  generators: {
    title: 'Four generators, two numbers',
    caption:
      'Four made-up generators drew 400 pictures each. Rank them yourself with the Move buttons, then compare with what each number alone would say.',
    standIn:
      'FID on toy 2-D features, not Inception-v3; CLIPScore from the bag-of-concepts embedding, not CLIP.',
    fid: 'FID',
    clip: 'CLIPScore',
    better: 'Lower FID is better; higher CLIPScore is better.',
    generator: 'Generator',
    does: 'What it does',
    yourRanking: 'Your ranking (best first)',
    up: (name: string) => `Move ${name} up`,
    down: (name: string) => `Move ${name} down`,
    agree: (metric: string, k: number, first: string) =>
      `${metric} agrees with your order on ${k} of 6 pairs and puts ${first} first.`,
    plot: (points: string) => `Scatter of the four generators, FID across, CLIPScore up: ${points}`,
    plotX: 'FID (log scale), lower is better →',
    plotY: 'CLIPScore, higher is better',
    names: {
      'off-prompt': 'Glossy',
      unrealistic: 'Literal',
      collapsed: 'Stuck',
      good: 'Balanced',
    } as Record<string, string>,
    descriptions: {
      'off-prompt': 'Realistic pictures, but often of the wrong things',
      unrealistic: 'Exactly the objects asked for, drawn like cartoons',
      collapsed: 'The objects asked for, but nearly the same picture every time',
      good: 'Realistic and on-prompt, with a few slips',
    } as Record<string, string>,
  },
} as const;
