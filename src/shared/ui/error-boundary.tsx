import { Component, type ErrorInfo, type ReactNode } from 'react';
import { nl } from '../i18n/nl';

interface Props {
  children: ReactNode;
  /** Names the part of the page, so one broken part (the map, the search) never blanks the rest. */
  area: string;
}

/** Contains a React error to its own area and offers a way forward. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Fout in ${this.props.area}`, error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
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
