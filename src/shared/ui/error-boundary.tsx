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
  /** The part's code or style could not be fetched (a weak connection, or not stored offline). */
  notLoaded: boolean;
}

/**
 * The errors browsers and Vite give when a lazy part's file cannot be fetched: Chromium, Firefox
 * and Safari word a failed `import()` differently; Vite's preload says so for a style file.
 */
const LOAD_FAILURE =
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

function isLoadFailure(error: unknown): boolean {
  return error instanceof Error && LOAD_FAILURE.test(error.message);
}

/**
 * Contains a React error to its own area and offers a way forward. Offline, reloading cannot
 * help, so it says the part loads when the internet is back, and offers the reload from then on.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, offline: false, notLoaded: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return {
      failed: true,
      offline: typeof navigator !== 'undefined' && !navigator.onLine,
      notLoaded: isLoadFailure(error),
    };
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
    const { notLoaded } = this.state;
    return (
      <div role="alert" className={`notice ${notLoaded ? 'notice--warning' : 'notice--error'}`}>
        <p>
          {notLoaded ? nl.errors.partNotLoaded : nl.errors.somethingWrong} ({this.props.area})
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            window.location.reload();
          }}
        >
          {notLoaded ? nl.errors.retry : nl.errors.reload}
        </button>
      </div>
    );
  }
}
