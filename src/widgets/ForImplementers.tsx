/**
 * A collapsed block of expert detail (library conventions, devkit details,
 * implementation notes) that keeps a section's default reading path short.
 * It is a native `<details>`, so the browser's find-in-page opens it when the
 * text matches (Chromium's auto-expanding details), and a link opens it: an
 * address whose `&w=` names its id (`#/segmentation?w=segmentation.notes.empty`)
 * opens the block and scrolls to it, like a figure's link.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { messages } from '../i18n/messages';
import { useFigureHost } from './figureHost';

/** Props of ForImplementers. */
export interface ForImplementersProps {
  /** Stable id, `<section>.notes.<topic>`: the `&w=` target that opens the block. */
  id: string;
  /** What the block is about, after "For implementers:". */
  topic: string;
  children: ReactNode;
}

/** Expert detail, collapsed until the reader (or a link, or find-in-page) opens it. */
export function ForImplementers({ id, topic, children }: ForImplementersProps) {
  const host = useFigureHost();
  const ref = useRef<HTMLDetailsElement>(null);
  const targetKey = host.target?.id === id ? host.target.key : null;
  const [open, setOpen] = useState(targetKey !== null);

  useEffect(() => {
    if (targetKey === null) return;
    setOpen(true);
    ref.current?.scrollIntoView({ block: 'start' });
  }, [targetKey]);

  return (
    <details
      ref={ref}
      id={id}
      className="ba-implementers"
      data-implementers={id}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{messages.implementers.summary(topic)}</summary>
      <div className="ba-implementers__body">{children}</div>
    </details>
  );
}
