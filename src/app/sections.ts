/**
 * The section registry: one row per planned section (id, slug, titles,
 * order, summary) and the page module that implements it. A section appears
 * in the table of contents and becomes routable as soon as its page file
 * exists: `src/sections/<folder>/<Name>Section.tsx` with a default export
 * (found with `import.meta.glob`, loaded lazily as its own chunk). Sections
 * without a page are not listed and their routes show "Page not found".
 *
 * To add a section: create its page file, and add (or check) its row below
 * and its titles and summary in the message catalogue (`messages.sections`).
 */
import type { ComponentType } from 'react';
import { messages } from '../i18n/messages';

/** What a section's page module exports. */
export interface SectionModule {
  default: ComponentType;
}

/** A section's catalogue row. */
export interface SectionInfo {
  /** Stable id (widget ids of the section start with it by convention). */
  id: string;
  /** The route: `#/<slug>`. */
  slug: string;
  /** Full title, e.g. on the section card. */
  title: string;
  /** Short title for the table of contents. */
  shortTitle: string;
  /** Position in the table of contents. */
  order: number;
  /** One or two sentences for the section card. */
  summary: string;
  /** The page module, relative to src/sections, e.g. `detection/DetectionSection.tsx`. */
  page: string;
  /**
   * Widget id of the section's hero figure (the first figure, which shows the trap): the landing
   * card shows a screenshot of it, made by `npm run heroes` into src/assets/heroes/<id>.jpg.
   */
  hero: string;
  /** Minutes to read the default path and try the figures, shown on the landing card. */
  minutes: number;
}

/** A section that has a page: its row plus the lazy loader of its page module. */
export interface SectionDef extends SectionInfo {
  load: () => Promise<SectionModule>;
}

/** Every planned section, with or without a page yet. */
export const SECTION_CATALOGUE: readonly SectionInfo[] = [
  {
    id: 'loss',
    slug: 'loss',
    title: messages.sections.loss.title,
    shortTitle: messages.sections.loss.shortTitle,
    order: 5,
    summary: messages.sections.loss.summary,
    page: 'loss/LossSection.tsx',
    hero: 'loss.drag',
    minutes: 10,
  },
  {
    id: 'benchmarks',
    slug: 'benchmarks',
    title: messages.sections.benchmarks.title,
    shortTitle: messages.sections.benchmarks.shortTitle,
    order: 7,
    summary: messages.sections.benchmarks.summary,
    page: 'benchmarks/BenchmarksSection.tsx',
    hero: 'benchmarks.timeline',
    minutes: 8,
  },
  {
    id: 'segmentation',
    slug: 'segmentation',
    title: messages.sections.segmentation.title,
    shortTitle: messages.sections.segmentation.shortTitle,
    order: 10,
    summary: messages.sections.segmentation.summary,
    page: 'segmentation/SegmentationSection.tsx',
    hero: 'segmentation.painter',
    minutes: 10,
  },
  {
    id: 'detection',
    slug: 'detection',
    title: messages.sections.detection.title,
    shortTitle: messages.sections.detection.shortTitle,
    order: 20,
    summary: messages.sections.detection.summary,
    page: 'detection/DetectionSection.tsx',
    hero: 'detection.iou',
    minutes: 12,
  },
  {
    id: 'image-quality',
    slug: 'image-quality',
    title: messages.sections['image-quality'].title,
    shortTitle: messages.sections['image-quality'].shortTitle,
    order: 30,
    summary: messages.sections['image-quality'].summary,
    page: 'image-quality/ImageQualitySection.tsx',
    hero: 'image-quality.blur-noise',
    minutes: 10,
  },
  {
    id: 'pose',
    slug: 'pose',
    title: messages.sections.pose.title,
    shortTitle: messages.sections.pose.shortTitle,
    order: 40,
    summary: messages.sections.pose.summary,
    page: 'pose/PoseSection.tsx',
    hero: 'pose.paradox',
    minutes: 9,
  },
  {
    id: 'depth',
    slug: 'depth',
    title: messages.sections.depth.title,
    shortTitle: messages.sections.depth.shortTitle,
    order: 50,
    summary: messages.sections.depth.summary,
    page: 'depth/DepthSection.tsx',
    hero: 'depth.wall-book',
    minutes: 8,
  },
  {
    id: 'generative',
    slug: 'generative',
    title: messages.sections.generative.title,
    shortTitle: messages.sections.generative.shortTitle,
    order: 54,
    summary: messages.sections.generative.summary,
    page: 'generative/GenerativeSection.tsx',
    hero: 'generative.fid',
    minutes: 10,
  },
  {
    id: 'text-to-image',
    slug: 'text-to-image',
    title: messages.sections['text-to-image'].title,
    shortTitle: messages.sections['text-to-image'].shortTitle,
    order: 56,
    summary: messages.sections['text-to-image'].summary,
    page: 'text-to-image/TextToImageSection.tsx',
    hero: 'text-to-image.composer',
    minutes: 8,
  },
  {
    id: 'choosing',
    slug: 'choosing',
    title: messages.sections.choosing.title,
    shortTitle: messages.sections.choosing.shortTitle,
    order: 60,
    summary: messages.sections.choosing.summary,
    page: 'choosing/ChoosingSection.tsx',
    hero: 'choosing.chooser',
    minutes: 6,
  },
  {
    id: 'lab',
    slug: 'lab',
    title: messages.sections.lab.title,
    shortTitle: messages.sections.lab.shortTitle,
    order: 80,
    summary: messages.sections.lab.summary,
    page: 'lab/LabSection.tsx',
    hero: 'lab.coco',
    minutes: 5,
  },
];

const PAGE_PREFIX = '../sections/';

/**
 * The sections that have a page, in table-of-contents order. `pages` maps
 * module paths (`../sections/<folder>/<Name>Section.tsx`) to loaders.
 */
export function buildSections(
  catalogue: readonly SectionInfo[],
  pages: Readonly<Record<string, () => Promise<SectionModule>>>,
): SectionDef[] {
  const out: SectionDef[] = [];
  for (const info of catalogue) {
    const load = pages[PAGE_PREFIX + info.page];
    if (load) out.push({ ...info, load });
  }
  return out.sort((a, b) => a.order - b.order);
}

/** Page modules that no catalogue row names (they would never be shown). */
export function unlistedPages(
  catalogue: readonly SectionInfo[],
  pages: Readonly<Record<string, unknown>>,
): string[] {
  const listed = new Set(catalogue.map((info) => PAGE_PREFIX + info.page));
  return Object.keys(pages).filter((path) => !listed.has(path));
}

/** Every `*Section.tsx` page module under src/sections, loaded lazily. */
export const SECTION_PAGES = import.meta.glob<SectionModule>('../sections/*/*Section.tsx');

/** The sections with a page, in order. */
export const sections: readonly SectionDef[] = buildSections(SECTION_CATALOGUE, SECTION_PAGES);
