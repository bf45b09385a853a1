import { useId } from 'react';
import { SEVERITIES, SEVERITY_LABELS, type Finding } from '../../../shared/analysis/findings';
import { SubjectLink } from './subject-links';
import '../findings/findings.css';
import './findings-by-severity.css';

/**
 * A plan's findings under one heading per severity, with how many there are,
 * each linking to the system or process it is about. Used on the failure
 * points screen and beside the dependency map.
 */
export function FindingsBySeverity({
  findings,
  headingLevel = 3,
}: {
  findings: readonly Finding[];
  headingLevel?: 2 | 3 | 4;
}) {
  const id = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="findings-by-severity">
      {SEVERITIES.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        const headingId = `${id}-${severity}`;
        return (
          <section
            key={severity}
            className={`severity-group severity-${severity}`}
            aria-labelledby={headingId}
          >
            <Heading id={headingId} className="severity-heading">
              {SEVERITY_LABELS[severity]} <span className="severity-count">{group.length}</span>
            </Heading>
            {group.length === 0 ? (
              <p className="severity-none">None.</p>
            ) : (
              <ul className="findings" aria-label={`${SEVERITY_LABELS[severity]} findings`}>
                {group.map((finding, index) => (
                  <li
                    key={`${finding.subject.id}:${finding.code}:${String(index)}`}
                    className={`finding finding-${finding.severity}`}
                    data-code={finding.code}
                  >
                    <div className="finding-body">
                      <p className="finding-message">
                        <SubjectLink {...finding.subject} />: {finding.message}
                      </p>
                      <p className="finding-fix">{finding.fix}</p>
                      <p className="finding-code">{finding.code}</p>
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
