/**
 * Which widgets belong to which page, known up front (reliability review
 * F5c): the small React-free modules that declare each section's widget
 * states are imported eagerly here, so every widget id and schema is
 * registered before any link is opened, and a link applies only to its own
 * page's widgets, whatever pages the tab visited before.
 *
 * To add a widget-state module: import it here under its section's id.
 */
import * as segmentation from '../sections/segmentation/state';
import * as detection from '../sections/detection/state';
import * as imageQuality from '../sections/image-quality/state';
import * as pose from '../sections/pose/state';
import * as depth from '../sections/depth/state';

/** The widget-state modules of each section, by section id. */
export const SECTION_STATE_MODULES: Readonly<Record<string, readonly object[]>> = {
  segmentation: [segmentation],
  detection: [detection],
  'image-quality': [imageQuality],
  pose: [pose],
  depth: [depth],
};

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

const idsBySection = new Map<string, ReadonlySet<string>>(
  Object.entries(SECTION_STATE_MODULES).map(([id, modules]) => [id, declaredWidgetIds(modules)]),
);

/** The ids of the widgets on a section's page (empty for a section without widgets). */
export function sectionWidgetIds(sectionId: string): ReadonlySet<string> {
  return idsBySection.get(sectionId) ?? new Set();
}
