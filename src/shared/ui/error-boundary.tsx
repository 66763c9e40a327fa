import { Component, type ErrorInfo, type ReactNode } from 'react';
import { nl } from '../i18n/nl';

interface Props {
  children: ReactNode;
  /** Names the part of the page, so one broken part (the map, the search) never blanks the rest. */
  area: string;
}

interface State {
  failed: boolean;
  /** The browser had no network when this part failed (usually: its code could not load). */
  offline: boolean;
}

/**
 * Contains a React error to its own area and offers a way forward. Offline, reloading cannot
 * help, so it says the part loads when the internet is back, and offers the reload from then on.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, offline: false };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true, offline: typeof navigator !== 'undefined' && !navigator.onLine };
  }

  private readonly online = (): void => {
    this.setState({ offline: false });
  };

  override componentDidMount(): void {
    window.addEventListener('online', this.online);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.online);
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Fout in ${this.props.area}`, error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    if (this.state.offline) {
      return (
        <div role="alert" className="notice notice--warning">
          <p>{nl.errors.offlinePart}</p>
        </div>
      );
    }
    return (
      <div role="alert" className="notice notice--error">
        <p>
          {nl.errors.somethingWrong} ({this.props.area})
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {nl.errors.reload}
        </button>
      </div>
    );
  }
}
