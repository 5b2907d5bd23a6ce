/**
 * Widget state of the Lab's depth panel (`lab.depth`): scale factor, depth
 * caps and median scaling, never the reader's files. Each value lives on its
 * number field's grid, so a share link restores exactly what was set.
 */
import * as v from 'valibot';
import { defineWidgetState } from '../../../../state/widgetState';
import { onGrid } from '../../../../lib/gridSchema';
import type { NumberRule } from '../../../../widgets/numberFieldText';
import { labPixelsText } from '../../../../i18n/labPixels';
import { DEFAULT_DEPTH_SETTINGS, type DepthSettings } from '../../../../lab/depth/settings';

/** Grids of the number fields. */
export const DEPTH_RULES = {
  scale: { min: 0.001, max: 100000, step: 0.001 },
  depth: { min: 0.001, max: 100000, step: 0.001 },
} as const satisfies Record<string, NumberRule>;

const depth = onGrid(DEPTH_RULES.depth.min, DEPTH_RULES.depth.max, DEPTH_RULES.depth.step, 1e-6);

/** The maximum depth's field starts one step above the minimum depth, and the minimum's ends one below the maximum. */
export function depthCapRules(s: Pick<DepthSettings, 'minDepth' | 'maxDepth'>): {
  min: NumberRule;
  max: NumberRule;
} {
  const step = DEPTH_RULES.depth.step;
  return {
    min: { ...DEPTH_RULES.depth, max: Number((s.maxDepth - step).toFixed(3)) },
    max: { ...DEPTH_RULES.depth, min: Number((s.minDepth + step).toFixed(3)) },
  };
}

/** `lab.depth`: scale factor, minimum and maximum depth, median scaling, Garg/Eigen crop. */
export const depthLabWidget = defineWidgetState<DepthSettings>({
  id: 'lab.depth',
  title: labPixelsText.depth.title,
  schema: v.pipe(
    v.object({
      scale: onGrid(DEPTH_RULES.scale.min, DEPTH_RULES.scale.max, DEPTH_RULES.scale.step, 1e-6),
      minDepth: depth,
      maxDepth: depth,
      medianScaling: v.boolean(),
      gargCrop: v.boolean(),
    }),
    v.check((s) => s.maxDepth > s.minDepth, 'maxDepth must exceed minDepth'),
  ),
  defaults: { ...DEFAULT_DEPTH_SETTINGS },
});
