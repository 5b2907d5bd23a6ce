/**
 * One registry entry, declared once with `defineMetric`: its id, a valibot
 * schema per argument and a compute function whose return type is the
 * entry's result type. The worker, the conformance runner and the typed door
 * (`useMetric(id, args)`) all derive from that one declaration.
 */
import * as v from 'valibot';
import { parseArgs } from './parseArgs';

/** The schemas of an entry's arguments, by argument name (FORMAT.md names). */
export type ArgShape = Record<string, v.GenericSchema>;

/** What a caller passes: the input type of the schemas (optional keys where a schema is optional). */
export type ArgsIn<A extends ArgShape> = v.InferInput<v.ObjectSchema<A, undefined>>;

/** What the compute function receives: the checked, defaulted output of each schema (every key present). */
export type ArgsOut<A extends ArgShape> = { [K in keyof A]: v.InferOutput<A[K]> };

/**
 * The erased shape every consumer that does not care about types reads (the
 * worker's dispatch, the conformance runner).
 */
export interface MetricEntry {
  /** Metric id of test/reference/FORMAT.md, or an app-only id (e.g. `mse`). */
  readonly id: string;
  /** The argument schemas; `compute` checks raw arguments against them. */
  readonly args: ArgShape;
  /**
   * Checks raw (JSON or worker-message) arguments and computes the result.
   * Undefined results are null. Throws MetricInputError naming the bad argument.
   */
  compute(args: Record<string, unknown>): unknown;
  /** Maps a result to the reference-case encoding when it differs (coco_eval writes null as -1). */
  toReference?: (result: unknown) => unknown;
  /**
   * The result fields a readout may name in its `data-metric` as `<id>.<field>`
   * (a dotted path one level deep, e.g. `naive.rmse`). Empty for number results.
   */
  readonly fields?: readonly string[];
}

/** The field names of a result, and one level of nested object fields as `a.b` (arrays are leaves). */
export type FieldPath<R> = R extends readonly unknown[]
  ? never
  : R extends object
    ? {
        [K in keyof R & string]:
          | K
          | (NonNullable<R[K]> extends readonly unknown[] | ArrayBufferView
              ? never
              : NonNullable<R[K]> extends object
                ? `${K}.${keyof NonNullable<R[K]> & string}`
                : never);
      }[keyof R & string]
    : never;

/** A declared entry with its id, argument and result types kept for the typed door. */
export interface TypedEntry<Id extends string, In, Out> extends MetricEntry {
  readonly id: Id;
  compute(args: Record<string, unknown>): Out;
  /** Type-only marker of the caller's argument type (never set at run time). */
  readonly argsType?: In;
}

/** The declaration passed to `defineMetric` / `defineScene`. */
export interface EntryDeclaration<Id extends string, A extends ArgShape, R> {
  id: Id;
  args: A;
  /** Runs on checked arguments; its return type is the entry's result type. */
  run: (args: ArgsOut<A>) => R;
  toReference?: (result: R) => unknown;
  /** The result fields readouts may name (checked against the result type). */
  fields?: readonly FieldPath<R>[];
}

/** Builds an entry whose `compute` parses the raw arguments with the schemas, then runs. */
export function defineEntry<const Id extends string, const A extends ArgShape, R>(
  declaration: EntryDeclaration<Id, A, R>,
): TypedEntry<Id, ArgsIn<A>, R> {
  const { id, args, run, toReference, fields = [] } = declaration;
  return {
    id,
    args,
    fields,
    compute: (raw) => run(parseArgs(args, raw) as ArgsOut<A>),
    ...(toReference ? { toReference: (result: unknown) => toReference(result as R) } : {}),
  };
}

/**
 * Declares a reference metric (or one of its intermediate "details") for the
 * registry in `registry.ts`.
 */
export const defineMetric = defineEntry;
