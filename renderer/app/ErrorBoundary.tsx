import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { Switch, useLocation } from 'wouter';
import { currentRoute, reportCaught } from './error-reporting';
import { ScreenError, type CaughtError } from './ScreenError';
import { useServices } from './services';

interface Props {
  children: ReactNode;
  /** When this changes (the user went to another screen), a caught error is forgotten. */
  resetKey: string;
  onCaught: (error: unknown) => void;
}

interface State {
  caught: CaughtError | null;
  /** Bumped by "Try again": a new key mounts the children afresh. */
  attempt: number;
}

/**
 * Catches an error thrown while showing what it wraps, so one broken screen leaves the rest of
 * the app (sidebar, status bar, other screens) working. React only offers this as a class.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { caught: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { caught: { error, route: currentRoute(), time: new Date().toISOString(), componentStack: '' } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const componentStack = info.componentStack ?? '';
    this.setState((state) => (state.caught ? { caught: { ...state.caught, componentStack } } : null));
    this.props.onCaught(error);
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.caught !== null && previous.resetKey !== this.props.resetKey) this.retry();
  }

  private readonly retry = (): void => {
    this.setState((state) => ({ caught: null, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    const { caught, attempt } = this.state;
    if (caught !== null) return <ScreenError caught={caught} onRetry={this.retry} />;
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}

/** An error boundary around a route's screens, reset by moving to another screen, reporting to the log. */
export function ScreenBoundary({ children }: { children: ReactNode }) {
  const { platform } = useServices();
  const [location] = useLocation();
  return (
    <ErrorBoundary
      resetKey={location}
      onCaught={(error) => {
        reportCaught(platform, 'render', error);
      }}
    >
      {children}
    </ErrorBoundary>
  );
}

/**
 * A wouter Switch whose screens are caught by one error boundary: the drop-in used for the app's
 * and a plan's routes, so a failing screen leaves the sidebar, the top bar and the status bar working.
 */
export function ScreenSwitch({ children }: { children: ReactNode }) {
  return (
    <ScreenBoundary>
      <Switch>{children}</Switch>
    </ScreenBoundary>
  );
}
