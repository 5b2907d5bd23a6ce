/**
 * Error boundaries: a failing widget or section shows a small error card with
 * a Reset button, and the rest of the page keeps working.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { messages } from '../i18n/messages';

/** Props of ErrorCard. */
export interface ErrorCardProps {
  title: string;
  message: string;
  onReset: () => void;
}

/** The card shown in place of a part that failed. */
export function ErrorCard({ title, message, onReset }: ErrorCardProps) {
  return (
    <div role="alert" className="ba-error-card">
      <p className="ba-error-card__title">{title}</p>
      <p className="ba-error-card__message">{message}</p>
      <button type="button" className="ba-button" onClick={onReset}>
        {messages.errors.reset}
      </button>
    </div>
  );
}

/** Props of ErrorBoundary. */
export interface ErrorBoundaryProps {
  children: ReactNode;
  /** The card's title, e.g. `The figure “Box IoU” stopped working.` */
  title?: string;
  /** Called by the card's Reset button before the children render again (e.g. reset the widget's state). */
  onReset?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Turns anything thrown into an Error with a readable message. */
export function toError(thrown: unknown): Error {
  if (thrown instanceof Error) return thrown;
  return new Error(typeof thrown === 'string' && thrown ? thrown : messages.errors.unknownError);
}

/** Catches render errors of its children and shows an ErrorCard with a Reset button. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(thrown: unknown): ErrorBoundaryState {
    return { error: toError(thrown) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  private readonly reset = (): void => {
    try {
      this.props.onReset?.();
    } finally {
      this.setState({ error: null });
    }
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <ErrorCard
        title={this.props.title ?? messages.errors.somethingFailed}
        message={error.message || messages.errors.unknownError}
        onReset={this.reset}
      />
    );
  }
}
