/**
 * The section's error boundary: when the section's code or stylesheet could
 * not be downloaded (a first visit that went offline), a plain "could not
 * load" message with Try again; any other failure shows the usual error card.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../i18n/messages';
import { ErrorCard, toError } from '../widgets/ErrorBoundary';
import { isLoadFailure } from './pageContents';

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
          <p className="ba-error-card__message">{t.sectionNotLoadedHelp}</p>
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
