/**
 * The painter's brush core lives in `src/lib/brush.ts` (scenes paint preset
 * masks with it too); re-exported here for the widget.
 */
export * from '../../lib/brush';
