/**
 * Typed widget states. Each widget instance declares its serialisable state
 * once with `defineWidgetState` (id, valibot schema, defaults); the store keeps
 * only states that differ from the defaults, and share links carry exactly
 * those. Declarations register themselves in a module-level table so that a
 * share link can be validated widget by widget.
 *
 * Declare at module top level, in a module the section imports statically:
 * a share link is applied as soon as the section's code has loaded.
 */
import * as v from 'valibot';
import { jsonEqual } from './jsonEqual';

/** A widget's state descriptor, as returned by `defineWidgetState`. */
export interface WidgetStateDescriptor<T extends object> {
  /** Widget id, e.g. `segmentation.painter`; also the figure's `data-widget`. */
  readonly id: string;
  /** Human title used in notices (defaults to the id). */
  readonly title: string;
  /** The valibot schema every state (and every shared state) must satisfy. */
  readonly schema: v.GenericSchema<unknown, T>;
  /** The state before the reader touches anything; never put in links. */
  readonly defaults: T;
  /** Optional: the state to put in links (e.g. the built-in example instead of the reader's own file). */
  readonly toShare?: (state: T) => T;
  /** Optional: a notice to show when a link restores this state (e.g. "your own image was not shared"). */
  readonly sharedNotice?: (state: T) => string | null;
}

/** Options of `defineWidgetState`. */
export interface WidgetStateOptions<T extends object> {
  id: string;
  title?: string;
  schema: v.GenericSchema<unknown, T>;
  defaults: T;
  toShare?: (state: T) => T;
  sharedNotice?: (state: T) => string | null;
}

/** A partial state, or an updater from the current state to a partial state. */
export type WidgetUpdate<T extends object> = Partial<T> | ((prev: T) => Partial<T>);

/** The type-erased view of a descriptor kept in the registry. */
export interface RegisteredWidget {
  readonly id: string;
  readonly title: string;
  readonly defaults: object;
  /** Validates foreign data (e.g. from a link); null when it does not fit the schema. */
  parse(raw: unknown): object | null;
  /** The state as it goes into a link. */
  shareable(state: object): object;
  /** The notice to show when a link restores `state`, or null. */
  noticeFor(state: object): string | null;
}

/** Thrown when a widget is declared or updated with a state its schema rejects. */
export class WidgetStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WidgetStateError';
  }
}

const WIDGET_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const registry = new Map<string, RegisteredWidget>();

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return path ? `${path}: ${first.message}` : first.message;
}

/**
 * Declares a widget's state: validates the defaults against the schema
 * (throwing WidgetStateError if they do not fit) and registers the widget so
 * share links can restore it. Declaring the same id again replaces the
 * earlier declaration (module hot reload does this).
 */
export function defineWidgetState<T extends object>(
  options: WidgetStateOptions<T>,
): WidgetStateDescriptor<T> {
  const { id, schema, defaults } = options;
  if (!WIDGET_ID.test(id))
    throw new WidgetStateError(`Widget id "${id}" must be letters, digits, ".", "_" or "-".`);
  const checked = v.safeParse(schema, defaults);
  if (!checked.success) {
    throw new WidgetStateError(
      `Widget "${id}": defaults do not match the schema (${issueText(checked.issues)}).`,
    );
  }
  const descriptor: WidgetStateDescriptor<T> = {
    id,
    title: options.title ?? id,
    schema,
    defaults: checked.output,
    toShare: options.toShare,
    sharedNotice: options.sharedNotice,
  };
  registry.set(id, {
    id,
    title: descriptor.title,
    defaults: descriptor.defaults,
    parse: (raw) => {
      const result = v.safeParse(schema, raw);
      return result.success ? result.output : null;
    },
    shareable: (state) => (options.toShare ? options.toShare(state as T) : state),
    noticeFor: (state) => (options.sharedNotice ? options.sharedNotice(state as T) : null),
  });
  return descriptor;
}

/** Looks up a declared widget by id. */
export function lookupWidget(id: string): RegisteredWidget | undefined {
  return registry.get(id);
}

/**
 * The state after applying `update` to `prev`: a shallow merge of the partial
 * state, validated with the schema. Throws WidgetStateError naming the widget
 * and the offending field when the result does not fit the schema.
 */
export function nextWidgetState<T extends object>(
  descriptor: WidgetStateDescriptor<T>,
  prev: T,
  update: WidgetUpdate<T>,
): T {
  const partial = typeof update === 'function' ? update(prev) : update;
  const merged = { ...prev, ...partial };
  const result = v.safeParse(descriptor.schema, merged);
  if (!result.success) {
    throw new WidgetStateError(`Widget "${descriptor.id}": invalid state (${issueText(result.issues)}).`);
  }
  return result.output;
}

/** True when `state` equals the widget's defaults (so it is left out of links). */
export function isDefaultState(defaults: object, state: object): boolean {
  return jsonEqual(defaults, state);
}
