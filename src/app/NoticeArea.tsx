/**
 * The shell's `role="status"` area: plain-words notices (a damaged share
 * link, a figure reset to its defaults...). The region is always present so
 * screen readers announce what is added to it. The store keeps only a few
 * notices; with more than one, a "Dismiss all" button clears them.
 */
import { messages } from '../i18n/messages';
import { appStore, useAppStore } from '../state/store';

/** Lists the current notices, each with a dismiss button, and "Dismiss all" when there are several. */
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
      {notices.length > 1 && (
        <p className="ba-notices-all">
          <button type="button" className="ba-button" onClick={() => appStore.getState().clearNotices()}>
            {messages.notices.dismissAll}
          </button>
        </p>
      )}
    </div>
  );
}
