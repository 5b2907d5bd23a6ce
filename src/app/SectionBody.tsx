/**
 * A section's page as every route shows it (section page, presentation mode,
 * embed): loaded lazily inside the section error boundary. "Try again"
 * forgets the failed chunk (sectionLoader) and asks the route for a fresh
 * attempt, which remounts the boundary; the route keeps the attempt count
 * because it may key other things on it (the in-page contents, the embed's
 * figure search).
 */
import { Suspense, type ReactNode } from 'react';
import { SectionErrorBoundary } from './SectionErrorBoundary';
import { forgetSection, lazySection } from './sectionLoader';
import type { SectionDef } from './sections';

/** Props of SectionBody. */
export interface SectionBodyProps {
  section: SectionDef;
  /** How many times the reader pressed Try again (remounts the boundary). */
  attempt: number;
  /** Called after the failed chunk is forgotten: the route counts one more attempt. */
  onRetry: () => void;
  /** Shown while the section's code loads. */
  fallback: ReactNode;
}

/** Renders a section's page lazily, with its error boundary and Try again. */
export function SectionBody({ section, attempt, onRetry, fallback }: SectionBodyProps) {
  const Page = lazySection(section);
  return (
    <SectionErrorBoundary
      key={`${section.id}-${attempt}`}
      onRetry={() => {
        forgetSection(section);
        onRetry();
      }}
    >
      <Suspense fallback={fallback}>
        <Page />
      </Suspense>
    </SectionErrorBoundary>
  );
}
