/**
 * The References list that ends every section. DOIs and web addresses are
 * links (`rel="noreferrer"`); nothing is fetched until the reader follows one.
 */
import { useId } from 'react';
import { messages } from '../i18n/messages';
import { doiHref, formatAuthors, safeHref, type Reference } from './references';

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
        {items.map((ref) => {
          const url = ref.url ? safeHref(ref.url) : null;
          return (
            <li key={`${ref.title}-${ref.year}`}>
              {formatAuthors(ref.authors)} ({ref.year}). <cite>{ref.title}</cite>. {ref.venue}.
              {ref.doi ? (
                <>
                  {' '}
                  {messages.references.doi}{' '}
                  <a href={doiHref(ref.doi)} rel="noreferrer">
                    {ref.doi}
                  </a>
                  .
                </>
              ) : null}
              {ref.url ? (
                <>
                  {' '}
                  {messages.references.url}:{' '}
                  {url ? (
                    <a href={url} rel="noreferrer" className="ba-references__link">
                      {ref.url}
                    </a>
                  ) : (
                    ref.url
                  )}
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
