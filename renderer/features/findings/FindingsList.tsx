import { SEVERITY_LABELS, type Finding } from '../../../shared/analysis/findings';
import './findings.css';

/** Findings with what to do about each; `showSubject` names the system or process for plan-wide lists. */
export function FindingsList({
  findings,
  showSubject = false,
  label,
}: {
  findings: readonly Finding[];
  showSubject?: boolean;
  label: string;
}) {
  if (findings.length === 0) return null;
  return (
    <ul className="findings" aria-label={label}>
      {findings.map((finding, index) => (
        <li
          // One subject can have the same code twice (two vendors, two runbooks): the index keeps keys apart.
          key={`${finding.subject.id}:${finding.code}:${String(index)}`}
          className={`finding finding-${finding.severity}`}
          data-code={finding.code}
        >
          <span className="finding-severity">{SEVERITY_LABELS[finding.severity]}</span>
          <div className="finding-body">
            <p className="finding-message">
              {showSubject && <strong>{finding.subject.name}: </strong>}
              {finding.message}
            </p>
            <p className="finding-fix">{finding.fix}</p>
            <p className="finding-code">{finding.code}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
