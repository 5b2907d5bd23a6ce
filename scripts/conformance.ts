/**
 * `npm run --silent conformance -- <dir> [<dir> ...]`: runs the reference
 * cases through the project's metrics registry (the code the worker runs).
 * With no directory it runs the project's own copy, test/reference/cases.
 * Last line on stdout: `conformance: P passed, F failed`; exit 1 on any failure.
 */
import { fileURLToPath } from 'node:url';
import { getMetric } from '../src/metrics/registry';
import { resolveDir, runConformance } from './conformanceRun';

const ownCases = fileURLToPath(new URL('../test/reference/cases', import.meta.url));
const base = process.env.INIT_CWD ?? process.cwd();
const args = process.argv.slice(2).filter((a) => a !== '--');
const dirs = args.length > 0 ? args.map((d) => resolveDir(d, base)) : [ownCases];

const report = runConformance(dirs, getMetric);
for (const line of report.lines) console.log(line);
console.log(`conformance: ${report.passed} passed, ${report.failed} failed`);
process.exitCode = report.failed > 0 || report.passed === 0 ? 1 : 0;
