/**
 * The "What to report instead" box that ends every section: which metrics to
 * report together, and why.
 */
import { useId, type ReactNode } from 'react';
import { messages } from '../i18n/messages';

/** Props of WhatToReport. */
export interface WhatToReportProps {
  /** Heading; default "What to report instead". */
  title?: string;
  /** Advice as a bulleted list (shown before any children). */
  items?: readonly ReactNode[];
  children?: ReactNode;
}

/** A highlighted box with the section's reporting advice. */
export function WhatToReport({ title = messages.whatToReport.heading, items, children }: WhatToReportProps) {
  const id = useId();
  return (
    <aside className="ba-report" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <div className="ba-report__body">
        {items && items.length > 0 ? (
          <ul>
            {items.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        ) : null}
        {children}
      </div>
    </aside>
  );
}
