/**
 * Re-renders a saved bench:ui result without measuring again:
 * `npx tsx bench/ui/render.ts [file]` prints the markdown of
 * bench/ui-results.json (or `file`); with `--readme` it also rewrites the
 * README block between the bench-ui markers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderUiReport, replaceReadmeBlock } from './report';
import type { UiResults } from './results';

const args = process.argv.slice(2).filter((a) => a !== '--');
const file = args.find((a) => !a.startsWith('--')) ?? 'bench/ui-results.json';
const report = renderUiReport(JSON.parse(readFileSync(file, 'utf8')) as UiResults);
if (args.includes('--readme')) {
  const next = replaceReadmeBlock(readFileSync('README.md', 'utf8'), report);
  if (next === null)
    throw new Error('README.md has no <!-- bench-ui:start --> / <!-- bench-ui:end --> block');
  writeFileSync('README.md', next);
}
process.stdout.write(`${report}\n`);
