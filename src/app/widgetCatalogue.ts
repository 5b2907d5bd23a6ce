/**
 * Which widgets belong to which page (reliability review F5c): the small
 * React-free modules that declare each section's widget states. Before a
 * share link is applied, every one of them is loaded (`loadWidgetCatalogue`),
 * so every widget id and schema is registered whatever pages the tab visited
 * before, and a link applies only to its own page's widgets (a widget of
 * another page is named as such, not as unknown).
 *
 * They load on demand, not with the app: together with the texts and scene
 * defaults they import they would add about a tenth to the landing page's
 * JavaScript (issue 13, item 4), and only a share link needs them up front.
 *
 * To add a widget-state module: add its loader here under its section's id.
 */

/** Loads one widget-state module. */
export type StateModuleLoader = () => Promise<object>;

/** The widget-state modules of each section, by section id, each loaded on demand as its own chunk. */
export const SECTION_STATE_MODULES: Readonly<Record<string, readonly StateModuleLoader[]>> = {
  loss: [() => import('../sections/loss/state')],
  benchmarks: [() => import('../sections/benchmarks/state')],
  segmentation: [() => import('../sections/segmentation/state')],
  detection: [() => import('../sections/detection/state')],
  'image-quality': [() => import('../sections/image-quality/state')],
  pose: [() => import('../sections/pose/state')],
  depth: [() => import('../sections/depth/state')],
  choosing: [() => import('../sections/choosing/state')],
  generative: [() => import('../sections/generative/state')],
  'text-to-image': [() => import('../sections/text-to-image/state')],
  lab: [() => import('../sections/lab/state')],
};

/** The widget ids of each section's page, once every state module is loaded. */
export interface WidgetCatalogue {
  /** The ids of the widgets on a section's page (empty for a section without widgets). */
  sectionWidgetIds(sectionId: string): ReadonlySet<string>;
}

/** True for a widget-state descriptor (what `defineWidgetState` returns). */
export function isWidgetDescriptor(value: unknown): value is { id: string; title: string } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.title === 'string' && 'schema' in v && 'defaults' in v;
}

/** The widget ids declared by the exports of `modules`. */
export function declaredWidgetIds(modules: readonly object[]): Set<string> {
  const ids = new Set<string>();
  for (const module of modules) {
    for (const value of Object.values(module)) if (isWidgetDescriptor(value)) ids.add(value.id);
  }
  return ids;
}

/**
 * Loads the widget-state modules of `loaders` (importing one registers its
 * widgets) and indexes their ids by section. Rejects when a module fails to load.
 */
export async function buildWidgetCatalogue(
  loaders: Readonly<Record<string, readonly StateModuleLoader[]>>,
): Promise<WidgetCatalogue> {
  const entries = await Promise.all(
    Object.entries(loaders).map(
      async ([id, load]) => [id, declaredWidgetIds(await Promise.all(load.map((l) => l())))] as const,
    ),
  );
  const idsBySection = new Map<string, ReadonlySet<string>>(entries);
  return { sectionWidgetIds: (sectionId) => idsBySection.get(sectionId) ?? new Set() };
}

let catalogue: Promise<WidgetCatalogue> | null = null;

/**
 * The app's widget catalogue: every section's widget-state module loaded
 * once (one shared promise; a failed load is forgotten, so the next link
 * tries again).
 */
export function loadWidgetCatalogue(): Promise<WidgetCatalogue> {
  if (!catalogue) {
    const promise = buildWidgetCatalogue(SECTION_STATE_MODULES);
    catalogue = promise;
    promise.catch(() => {
      if (catalogue === promise) catalogue = null;
    });
  }
  return catalogue;
}
