/**
 * The shell's `role="status"` area: plain-words notices (a damaged share
 * link, a figure reset to its defaults...). The region is always present so
 * screen readers announce what is added to it.
 */
import { messages } from '../i18n/messages';
import { appStore, useAppStore } from '../state/store';

/** Lists the current notices, each with a dismiss button. */
export function NoticeArea() {
  const notices = useAppStore((s) => s.notices);
  return (
    <div role="status" aria-label={messages.notices.region} className="ba-notices">
      {notices.map((n) => (
        <div key={n.id} className="ba-notice">
          <p>{n.text}</p>
          <button
            type="button"
            className="ba-icon-button"
            aria-label={messages.notices.dismiss}
            onClick={() => appStore.getState().dismissNotice(n.id)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
