/**
 * The section's error boundary: when the section's code or stylesheet could
 * not be downloaded (a first visit that went offline before the offline copy
 * was saved), a plain "could not be loaded" message, never the browser's
 * error text, with Try again, which imports the chunk afresh (SectionPage's
 * onRetry, sectionLoader's forgetSection), or reloads the page when a newer
 * version took over and this page's chunks are gone. Any other failure shows
 * the usual error card.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../i18n/messages';
import { ErrorCard, toError } from '../widgets/ErrorBoundary';
import { isLoadFailure } from './pageContents';
import { serviceWorkerReplaced } from './serviceWorker';

/** Props of SectionErrorBoundary. */
export interface SectionErrorBoundaryProps {
  children: ReactNode;
  /** Forgets the failed load and renders the section again. */
  onRetry: () => void;
}

interface State {
  error: Error | null;
}

/** Catches the section's render and load errors. */
export class SectionErrorBoundary extends Component<SectionErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(thrown: unknown): State {
    return { error: toError(thrown) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    if (!isLoadFailure(error)) console.error(error, info.componentStack);
  }

  private readonly retry = (): void => {
    if (isLoadFailure(this.state.error) && serviceWorkerReplaced()) {
      window.location.reload();
      return;
    }
    try {
      this.props.onRetry();
    } finally {
      this.setState({ error: null });
    }
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = messages.errors;
    if (isLoadFailure(error)) {
      return (
        <div role="alert" className="ba-error-card ba-load-failed">
          <p className="ba-error-card__title">{t.sectionNotLoaded}</p>
          {/* Prose, not the error card's monospace message: nothing here is a developer's error. */}
          <p>{t.sectionNotLoadedHelp}</p>
          <button type="button" className="ba-button" onClick={this.retry}>
            {t.tryAgain}
          </button>
        </div>
      );
    }
    return (
      <ErrorCard title={t.sectionFailed} message={error.message || t.unknownError} onReset={this.retry} />
    );
  }
}
