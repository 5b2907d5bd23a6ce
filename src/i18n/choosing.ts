/**
 * UI strings of the choosing section (#/choosing): the chooser's questions
 * and answers, the table's headers, figure titles and captions. The
 * recommendations themselves live in src/sections/choosing/recommend.ts.
 */
import { messages } from './messages';

export const choosingText = {
  section: { title: messages.sections.choosing.title },
  chooser: {
    title: 'Which metrics should I report?',
    caption:
      'Answer six questions; the list shows what to report together, what each number hides, and what to state.',
    questions: {
      task: 'What is the task?',
      imbalance: 'Are some classes rare, or is the object small against the background?',
      tiny: 'Do tiny structures or small objects matter?',
      empty: 'Can an image contain nothing to find?',
      localisation: 'Does exact localisation (boundaries, positions) matter?',
      output: 'What do you deploy?',
    },
    tasks: {
      classification: 'Classification',
      segmentation: 'Segmentation',
      detection: 'Detection',
      pose: 'Pose',
      depth: 'Depth',
      'image-quality': 'Image quality',
    },
    yes: 'Yes',
    no: 'No',
    outputs: { probability: 'A probability or score', decision: 'A yes/no decision' },
    resultHeading: (n: number) => `Report these ${n} together`,
    counts: {
      metrics: 'Metrics to report',
      conventions: 'Conventions to state',
      note: 'Metrics are the items that give numbers (an interval counts as one); conventions are the “State:” lines.',
    },
    trap: 'Trap:',
    convention: 'State:',
    seeIt: 'See the trap',
    seeItName: (metric: string) => `See the trap of: ${metric}`,
  },
  table: {
    title: 'The instructors’ table',
    caption:
      'One page to print or project: for each task, what to report together and what each number hides.',
    filter: 'Show',
    all: 'All tasks',
    caption2: 'Metrics to report together, by task, with their traps and the section that shows them',
    headers: { task: 'Task', metrics: 'Report together', traps: 'Traps', section: 'Shown in' },
  },
};
