/**
 * `defineScene`: declares an app-only worker entry (a synthetic scene, a
 * simulated model, a degradation or a picture) exactly as `defineMetric`
 * declares a metric: a valibot schema per argument and a typed result.
 */
import { defineEntry } from '../metrics/entry';

/** Declares a scene entry for the registry in `registry.ts`. */
export const defineScene = defineEntry;
