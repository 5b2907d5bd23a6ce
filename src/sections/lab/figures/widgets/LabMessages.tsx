/**
 * The messages of a Lab panel: problems with the reader's files (each naming
 * the file, the place and the problem) in an alert region, notes in a status
 * region, each dismissible. `useLabMessages` keeps the list.
 */
import { useCallback, useMemo, useState } from 'react';
import { labText } from '../../../../i18n/lab';
import './labWidgets.css';

/** One message: an input problem (`error`) or a note. */
export interface LabMessage {
  id: number;
  tone: 'error' | 'note';
  text: string;
}

/** Props of LabMessages. */
export interface LabMessagesProps {
  messages: readonly LabMessage[];
  /** Removes one message; without it the messages have no Dismiss button. */
  onDismiss?: (id: number) => void;
}

function MessageList({
  items,
  onDismiss,
}: {
  items: readonly LabMessage[];
  onDismiss?: (id: number) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="ba-lab-messages__list">
      {items.map((m) => (
        <li key={m.id} className="ba-lab-message" data-tone={m.tone}>
          <span className="ba-lab-message__text">{m.text}</span>
          {onDismiss ? (
            <button
              type="button"
              className="ba-lab-message__dismiss"
              aria-label={labText.messages.dismiss(m.text)}
              onClick={() => onDismiss(m.id)}
            >
              ×
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Problems (role="alert") and notes (role="status") of a panel. */
export function LabMessages({ messages, onDismiss }: LabMessagesProps) {
  const errors = messages.filter((m) => m.tone === 'error');
  const notes = messages.filter((m) => m.tone === 'note');
  return (
    <div className="ba-lab-messages">
      <div role="alert" aria-label={labText.messages.errorsName}>
        <MessageList items={errors} onDismiss={onDismiss} />
      </div>
      <div role="status" aria-label={labText.messages.notesName}>
        <MessageList items={notes} onDismiss={onDismiss} />
      </div>
    </div>
  );
}

/** What useLabMessages gives a panel. */
export interface LabMessageList {
  messages: readonly LabMessage[];
  /** Adds problems (a message naming the file, the place and the problem). */
  error(...texts: string[]): void;
  /** Adds notes. */
  note(...texts: string[]): void;
  dismiss(id: number): void;
  /** Removes every message, or every message of one tone. */
  clear(tone?: LabMessage['tone']): void;
}

let nextId = 1;

/** A panel's message list (a repeated text replaces its older copy, so it is read again). */
export function useLabMessages(): LabMessageList {
  const [messages, setMessages] = useState<readonly LabMessage[]>([]);
  const add = useCallback((tone: LabMessage['tone'], texts: string[]) => {
    if (texts.length === 0) return;
    setMessages((old) => [
      ...old.filter((m) => !texts.includes(m.text)),
      ...texts.map((text) => ({ id: nextId++, tone, text })),
    ]);
  }, []);
  const error = useCallback((...texts: string[]) => add('error', texts), [add]);
  const note = useCallback((...texts: string[]) => add('note', texts), [add]);
  const dismiss = useCallback((id: number) => setMessages((old) => old.filter((m) => m.id !== id)), []);
  const clear = useCallback(
    (tone?: LabMessage['tone']) => setMessages((old) => (tone ? old.filter((m) => m.tone !== tone) : [])),
    [],
  );
  return useMemo(() => ({ messages, error, note, dismiss, clear }), [messages, error, note, dismiss, clear]);
}
