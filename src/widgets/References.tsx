/**
 * The References list that ends every section. DOIs and addresses are shown
 * as selectable text, not links, so nothing is fetched or followed by itself.
 */
import { useId } from 'react';
import { messages } from '../i18n/messages';
import { formatAuthors, type Reference } from './references';

/** Props of References. */
export interface ReferencesProps {
  items: readonly Reference[];
  /** Heading; default "References". */
  title?: string;
}

/** A numbered list of publications. */
export function References({ items, title = messages.references.heading }: ReferencesProps) {
  const id = useId();
  return (
    <section className="ba-references" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ol className="ba-references__list">
        {items.map((ref) => (
          <li key={`${ref.title}-${ref.year}`}>
            {formatAuthors(ref.authors)} ({ref.year}). <cite>{ref.title}</cite>. {ref.venue}.
            {ref.doi ? (
              <>
                {' '}
                {messages.references.doi} <span className="ba-references__id">{ref.doi}</span>.
              </>
            ) : null}
            {ref.url ? (
              <>
                {' '}
                {messages.references.url}: <span className="ba-references__id">{ref.url}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
