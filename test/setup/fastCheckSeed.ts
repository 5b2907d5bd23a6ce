/**
 * vitest setup file: every fast-check property runs from one fixed seed, so a
 * unit run is reproducible and CI never goes red by luck. FC_SEED (and
 * FC_NUM_RUNS) override it; `npm run fuzz` sets them to explore fresh seeds.
 */
import fc from 'fast-check';
import { fastCheckParameters } from '../../scripts/fuzzSeed';

fc.configureGlobal(fastCheckParameters(process.env));
