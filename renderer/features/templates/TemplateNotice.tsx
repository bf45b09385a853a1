import type { Plan } from '../../../shared/model/plan';
import './template-notice.css';

/**
 * Reminds everyone reading a plan that began as a starter template that its
 * names and figures are examples. Renders nothing for other plans, so any
 * screen can place it at its top.
 */
export function TemplateNotice({ plan }: { plan: Plan }) {
  if (plan.startedFromTemplate === null) return null;
  return (
    <p className="template-notice" role="note">
      <InfoIcon />
      <span>
        This plan started from the “{plan.startedFromTemplate}” example. Every name and figure is an example:
        check each one with the people who know.
      </span>
    </p>
  );
}

function InfoIcon() {
  return (
    <svg
      className="template-notice-icon"
      width="18"
      height="18"
      viewBox="0 0 18 18"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="9" cy="9" r="8" fill="currentColor" />
      <path d="M9 8v5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="9" cy="5.2" r="1.1" fill="#fff" />
    </svg>
  );
}
