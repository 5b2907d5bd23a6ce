/** The page for a route that does not exist. */
import { messages } from '../i18n/messages';
import { truncateText } from '../lib/truncate';

/** Longest part of an unknown path quoted on the page (characters); longer paths end in "…". */
export const MAX_PATH_CHARS = 80;

/** Says the page does not exist (quoting at most `MAX_PATH_CHARS` of its path) and links home. */
export function NotFoundPage({ path }: { path: string }) {
  const t = messages.notFound;
  return (
    <div className="ba-flow">
      <h1>{t.title}</h1>
      <p>{t.text(truncateText(path, MAX_PATH_CHARS))}</p>
      <p>
        <a href="#/">{t.home}</a>
      </p>
    </div>
  );
}
