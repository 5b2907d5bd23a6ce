/** Reading a feature or weight the reader typed into the LPIPS figure. */
import { FEATURE_RANGE } from './iqState';
import { snap } from './snap';

/** A typed value clamped to the feature range [0, 2] and snapped to its 0.1 step; null when not a number. */
export function parseFeature(text: string): number | null {
  const v = Number(text);
  if (text.trim() === '' || !Number.isFinite(v)) return null;
  return snap(Math.min(FEATURE_RANGE.max, Math.max(FEATURE_RANGE.min, v)), FEATURE_RANGE.step);
}
