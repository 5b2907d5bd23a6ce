/**
 * React hook: one degraded copy of a built-in photo, computed and scored in
 * the worker (`image_quality_copy`). Only parameters travel to the worker.
 */
import { useMemo } from 'react';
import { useMetric } from '../../../../worker/useMetric';
import type { MetricState } from '../../../../worker/protocol';
import type { CopyResult } from '../../results';
import { photoArgs } from './photoArgs';

/** The kinds of copy the worker makes. */
export type CopyKind = 'blur' | 'noise' | 'brightness' | 'contrast' | 'translation' | 'jpeg';

/** The scored copy of `photo` of the given kind and level (latest wins while a slider moves). */
export function useCopy(photo: string, kind: CopyKind, level: number, seed = 1): MetricState<CopyResult> {
  const args = useMemo(
    () => ({
      ...photoArgs(photo),
      kind,
      level,
      seed,
      ...(kind === 'jpeg' ? { jpeg_quality: level } : {}),
    }),
    [photo, kind, level, seed],
  );
  return useMetric('image_quality_copy', args);
}
