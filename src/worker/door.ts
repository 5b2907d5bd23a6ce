/**
 * The types of the one door between the page and the workers: every id the
 * worker answers (metrics and scenes), the arguments a page sends for it and
 * the result it gets back, all inferred from the entries' declarations.
 * Type-only: importing it pulls no metric code onto the main thread.
 */
import type { TypedEntry } from '../metrics/entry';
import type { MetricEntryType } from '../metrics/registry';
import type { PhotoSceneId, SceneEntry } from '../scenes/registry';

/** Every entry the worker dispatches. */
type DoorEntry = MetricEntryType | SceneEntry;

/** Every id `useMetric` accepts: metric ids and scene ids. */
export type DoorId = DoorEntry['id'];

type EntryOf<Id extends DoorId> = Extract<DoorEntry, { id: Id }>;

type DeclaredArgs<E> = E extends TypedEntry<string, infer In, unknown> ? In : never;

/**
 * What the page sends for a photo scene: the worker turns `photo` (+
 * `photo_base`) into `image`, `jpeg_quality` into `jpeg`, and ImageBitmap
 * values of `a` and `b` into rasters (worker/photoArgs.ts).
 */
export type PhotoRequest<A> = {
  [K in keyof A as K extends 'image' | 'jpeg' ? never : K]: K extends 'a' | 'b' ? A[K] | ImageBitmap : A[K];
} & { photo?: string; photo_base?: string; jpeg_quality?: number };

/** The arguments a page sends for `Id`. */
export type MetricArgs<Id extends DoorId> = Id extends PhotoSceneId
  ? PhotoRequest<DeclaredArgs<EntryOf<Id>>>
  : DeclaredArgs<EntryOf<Id>>;

/** The result the worker returns for `Id`. */
export type MetricResult<Id extends DoorId> = ReturnType<EntryOf<Id>['compute']>;
