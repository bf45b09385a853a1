import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { diagnosticText, errorReport } from '../../shared/diagnostics/error-report';
import { APP_INFO } from './app-info';
import './screen-error.css';

export interface CaughtError {
  error: unknown;
  /** The screen's path when it failed. */
  route: string;
  time: string;
  componentStack: string;
}

/**
 * What a screen shows instead of itself after an error: what happened in plain words, that saved
 * work is safe, a way to try again, and details to copy for support. The details are code facts
 * only (see errorReport): the plan's name and records never appear in them.
 */
export function ScreenError({ caught, onRetry }: { caught: CaughtError; onRetry: () => void }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const heading = useRef<HTMLHeadingElement>(null);
  const report = errorReport('render', caught.error, caught.route);

  // Keyboard and screen-reader users land on the explanation, not on a control that vanished.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = () => {
    const text = diagnosticText(report, {
      appName: APP_INFO.name,
      appVersion: APP_INFO.version,
      userAgent: navigator.userAgent,
      time: caught.time,
      componentStack: caught.componentStack,
    });
    navigator.clipboard.writeText(text).then(
      () => {
        setCopied('yes');
      },
      () => {
        setCopied('failed');
      },
    );
  };

  return (
    <main className="page screen-error" aria-labelledby="screen-error-title">
      <h1 id="screen-error-title" ref={heading} tabIndex={-1}>
        This screen stopped working
      </h1>
      <p className="page-lede">
        Something went wrong in DR Planner while showing it. Your plan is safe: every change marked “Saved” is
        in the database, and the rest of the app still works.
      </p>
      <p>
        Try again, or carry on with another screen. If it keeps happening, copy the diagnostic details and
        send them to whoever supports DR Planner for you; they hold no plan content.
      </p>
      <div className="screen-error-actions">
        <Button className="button button-primary" onPress={onRetry}>
          Try again
        </Button>
        <Button className="button" onPress={copy}>
          Copy diagnostic details
        </Button>
        <span aria-live="polite" className="muted">
          {copied === 'yes' && 'Copied.'}
          {copied === 'failed' && 'Could not copy; open the technical details below and copy them instead.'}
        </span>
      </div>
      <details className="screen-error-details">
        <summary>Technical details</summary>
        <pre>{`${report.name}: ${report.message}`}</pre>
      </details>
    </main>
  );
}
