/**
 * Checks raw registry arguments (JSON from a reference case, or a worker
 * message) against an entry's argument schemas. The first failure becomes a
 * MetricInputError naming the argument (and the path inside it, e.g.
 * `gt.data`), so the worker can show it and the conformance runner can check it.
 */
import * as v from 'valibot';
import { MetricInputError, assertObject } from './validate';

function pathSuffix(path: readonly { key: unknown }[] | undefined): string {
  if (!path) return '';
  return path.map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
}

/**
 * The checked arguments: each schema parsed against `raw[name]`. A reader
 * inside a schema may itself throw MetricInputError with a path relative to
 * the argument (`''`, `.data`, `[2]`); it is re-thrown with the name prefixed.
 */
export function parseArgs(shape: Record<string, v.GenericSchema>, raw: unknown): Record<string, unknown> {
  assertObject('args', raw);
  const out: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(shape)) {
    let result;
    try {
      result = v.safeParse(schema, raw[name]);
    } catch (err) {
      if (err instanceof MetricInputError) throw new MetricInputError(name + err.argument, err.detail);
      throw err;
    }
    if (!result.success) {
      const issue = result.issues[0];
      throw new MetricInputError(name + pathSuffix(issue.path), issue.message);
    }
    out[name] = result.output;
  }
  return out;
}
