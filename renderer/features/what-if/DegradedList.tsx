import type { DegradedEntry } from '../../../shared/analysis/outage';
import { SubjectLink } from '../failure-points/subject-links';

/** What keeps running, worse, and the workaround people fall back on. */
export function DegradedList({
  kind,
  entries,
  names,
  label,
}: {
  kind: 'system' | 'process';
  entries: readonly DegradedEntry[];
  names: ReadonlyMap<string, string>;
  label: string;
}) {
  if (entries.length === 0) return null;
  return (
    <ul className="degraded-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id} className="degraded-item">
          <SubjectLink kind={kind} id={entry.id} name={entry.name} />
          {entry.by.map((need) => (
            <p key={need.id} className="degraded-by">
              Works worse without <SubjectLink kind="system" id={need.id} name={names.get(need.id) ?? ''} />
              {need.workaround ? (
                <>
                  . Workaround: <span className="workaround">{need.workaround}</span>
                </>
              ) : (
                <span className="no-workaround">. No workaround written down.</span>
              )}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
}
