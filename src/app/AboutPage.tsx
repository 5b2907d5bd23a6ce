/** The about page: privacy, how the numbers are checked, image credits, tools. */
import { messages } from '../i18n/messages';
import { BUILT_WITH, IMAGE_CREDITS } from './credits';

/** Credits and colophon. */
export function AboutPage() {
  const t = messages.about;
  const cols = t.creditsColumns;
  return (
    <div className="ba-flow">
      <h1>{t.title}</h1>
      <p className="ba-lead">{t.intro}</p>
      <h2>{t.metricsHeading}</h2>
      <p>{t.metricsText}</p>
      <h2 id="credits">{t.creditsHeading}</h2>
      <p>{t.creditsIntro}</p>
      <div className="ba-table-wrap" role="region" aria-labelledby="credits" tabIndex={0}>
        <table className="ba-table">
          <thead>
            <tr>
              <th scope="col">{cols.file}</th>
              <th scope="col">{cols.what}</th>
              <th scope="col">{cols.size}</th>
              <th scope="col">{cols.licence}</th>
            </tr>
          </thead>
          <tbody>
            {IMAGE_CREDITS.map((c) => (
              <tr key={c.file}>
                <td>
                  <code>{c.file}</code>
                </td>
                <td>{c.what}</td>
                <td>{c.size}</td>
                <td>{c.licence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.builtWithHeading}</h2>
      <p>{t.builtWithIntro}</p>
      <ul>
        {BUILT_WITH.map((b) => (
          <li key={b.name}>
            <strong>{b.name}</strong>: {b.purpose}
          </li>
        ))}
      </ul>
    </div>
  );
}
