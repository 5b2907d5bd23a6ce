/**
 * The figure menu's Embed action (issue 16, item 3): a dialog with the iframe
 * snippet that shows this figure, in its current state, on another page
 * (`#/embed/<widget id>?s=...`), in a read-only field with a Copy button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { embedText } from '../../i18n/embed';
import { embedUrl, iframeSnippet, shareParam } from './export/embedLinks';
import { copyText } from '../copyText';
import { useFigureHost } from '../figureHost';
import type { FigureMenuItemProps } from './FigureMenu';
import './export/embedDialog.css';

/** The snippet dialog (a modal `dialog`, rendered into the body so the closed menu does not hide it). */
function EmbedDialog({ title, snippet, onClose }: { title: string; snippet: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const headingId = useId();
  const fieldId = useId();
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (!el.open) el.showModal();
    field.current?.focus();
    field.current?.select();
    return () => el.close();
  }, []);

  const copy = async () => {
    const ok = await copyText(snippet);
    setStatus(ok ? 'copied' : 'failed');
    if (!ok) {
      field.current?.focus();
      field.current?.select();
    }
  };

  return (
    <dialog ref={dialog} className="ba-embed-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId} className="ba-embed-dialog__title">
        {embedText.dialogTitle(title)}
      </h2>
      <p>{embedText.dialogIntro}</p>
      <label htmlFor={fieldId}>{embedText.snippetLabel}</label>
      <textarea
        id={fieldId}
        ref={field}
        className="ba-embed-dialog__code"
        readOnly
        rows={4}
        value={snippet}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="ba-embed-dialog__actions">
        <button
          type="button"
          className="ba-button"
          aria-label={embedText.copyNamed(title)}
          onClick={() => void copy()}
        >
          {embedText.copy}
        </button>
        <button
          type="button"
          className="ba-button"
          aria-label={embedText.closeNamed(title)}
          onClick={() => dialog.current?.close()}
        >
          {embedText.close}
        </button>
        <span role="status">
          {status === 'copied' ? embedText.copied : status === 'failed' ? embedText.copyFailed : ''}
        </span>
      </div>
    </dialog>
  );
}

/** The Embed item of a figure's More menu. */
export function EmbedMenuItem({ figureId, title, close }: FigureMenuItemProps) {
  const host = useFigureHost();
  const [snippet, setSnippet] = useState<string | null>(null);

  const open = () => {
    const url = embedUrl(window.location.href, figureId, shareParam(host.shareLink(figureId)));
    setSnippet(iframeSnippet(url, title));
    close(false);
  };

  return (
    <li>
      <button type="button" className="ba-button" aria-label={embedText.embedNamed(title)} onClick={open}>
        {embedText.embed}
      </button>
      {snippet !== null
        ? createPortal(
            <EmbedDialog
              title={title}
              snippet={snippet}
              onClose={() => {
                setSnippet(null);
                close(true);
              }}
            />,
            document.body,
          )
        : null}
    </li>
  );
}
