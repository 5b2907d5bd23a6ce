/** The page for a route that does not exist. */
import { messages } from '../i18n/messages';

/** Says the page does not exist and links home. */
export function NotFoundPage({ path }: { path: string }) {
  const t = messages.notFound;
  return (
    <div className="ba-flow">
      <h1>{t.title}</h1>
      <p>{t.text(path)}</p>
      <p>
        <a href="#/">{t.home}</a>
      </p>
    </div>
  );
}
