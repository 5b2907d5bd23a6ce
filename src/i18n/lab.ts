/**
 * Shared UI strings of the Lab (#/lab): the page's frame, the file drop
 * zones, job progress, messages and downloads. Each panel's own strings live
 * in its domain's i18n file; the prose stays with the components.
 */
import { messages } from './messages';

/** Bytes in a megabyte as the Lab states its caps (MiB, written "MB" as file managers do). */
const MB = 1024 * 1024;

/** A byte count for people: "812 bytes", "3.4 KB", "512 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte${bytes === 1 ? '' : 's'}`;
  if (bytes < MB) return `${trim(bytes / 1024)} KB`;
  if (bytes < 1024 * MB) return `${trim(bytes / MB)} MB`;
  return `${trim(bytes / (1024 * MB))} GB`;
}

function trim(x: number): string {
  return x >= 100 ? String(Math.round(x)) : String(Number(x.toFixed(1)));
}

export const labText = {
  section: {
    title: messages.sections.lab.title,
    summary: messages.sections.lab.summary,
  },
  panels: {
    coco: 'COCO detection and keypoints',
    segmentation: 'Segmentation label maps',
    imagePair: 'Image pairs: PSNR and SSIM',
    depth: 'Depth maps',
  },
  /** The page's headings above the panels (the panels' own titles say more). */
  headings: {
    coco: 'Detections and keypoints',
    segmentation: 'Segmentation',
    imagePair: 'Image pairs',
    depth: 'Depth',
  },
  shareNotice: 'Links restore the settings, never your files.',
  shareNoticeDetail:
    'A copied link carries each panel’s settings only: whoever opens it brings their own files or loads the example.',
  file: {
    drop: 'Drop files here',
    dropOne: 'Drop a file here',
    or: 'or',
    choose: 'Choose a file',
    chooseMany: 'Choose files',
    cap: (accept: string, cap: string) => `${accept}, up to ${cap}`,
    loaded: (name: string, size: string) => `Loaded: ${name} (${size})`,
    reading: (name: string) => `Reading ${name}…`,
    none: 'No file yet',
    clear: (label: string) => `Remove the file of ${label}`,
    errors: {
      tooLarge: (name: string, size: string, cap: string) =>
        `${name} is ${size}, over this input’s cap of ${cap}. Nothing was loaded.`,
      wrongType: (name: string, expected: string) =>
        `${name} is not a file this input reads (expected ${expected}). Nothing was loaded.`,
      empty: (name: string) => `${name} is empty (0 bytes). Nothing was loaded.`,
      unreadable: (name: string, why: string) => `${name} could not be read: ${why}. Nothing was loaded.`,
      tooMany: (label: string, max: number) =>
        `${label} takes at most ${max} files; the first ${max} were kept.`,
    },
  },
  job: {
    running: (what: string) => `${what}: computing…`,
    progressName: (what: string) => `Progress of the ${what}`,
    progressText: (percent: number, label: string) => (label ? `${percent} %: ${label}` : `${percent} %`),
    cancel: 'Cancel',
    cancelName: (what: string) => `Cancel the ${what}`,
    done: (what: string) => `${what}: done.`,
    cancelled: (what: string) => `${what}: cancelled.`,
    failed: (what: string) => `${what}: stopped; the message says why.`,
    kept: 'The results shown are from the last complete run.',
  },
  messages: {
    errorsName: 'Problems with the input',
    notesName: 'Notes',
    dismiss: (text: string) => `Dismiss: ${text}`,
  },
  example: {
    button: 'Load an example',
    loaded: (what: string) => `Example loaded: ${what}.`,
  },
  download: {
    csv: (what: string) => `Download ${what} (CSV)`,
    json: (what: string) => `Download ${what} (JSON)`,
  },
} as const;
