/**
 * What the scene shows (counts of each object, how pairs stand) beside what
 * the embedding keeps (a set of concepts): the counts and relations are
 * exactly what the score cannot see.
 */
import type { AlignmentResult } from '../../../../scenes/text-to-image/alignment';
import { textToImageText } from '../../../../i18n/textToImage';

const t = textToImageText.composer;

/** Props of SceneFacts. */
export interface SceneFactsProps {
  result: AlignmentResult | undefined;
}

/** The scene's counts and relations, and the embedding's concepts. */
export function SceneFacts({ result }: SceneFactsProps) {
  if (!result) return null;
  const counts = result.counts.map(
    (c) => `${c.count} ${c.kind}${c.count > 1 ? (c.kind === 'box' ? 'es' : 's') : ''}`,
  );
  const relations = result.relations.map((r) => `${r.a} ${r.rel} ${r.b}`);
  const shows = [...counts, ...relations].join('; ');
  return (
    <div className="text-sm" data-scene-facts="" data-part="facts">
      <p className="m-0">
        <span className="font-semibold">{t.shows}</span> {shows || t.empty}
      </p>
      <p className="m-0">
        <span className="font-semibold">{t.keeps}</span>{' '}
        <span data-role="keeps">{result.sceneConcepts.join(', ') || t.empty}</span>
      </p>
    </div>
  );
}
