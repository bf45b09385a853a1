import { useState } from 'react';
import type { PlanContent, Revision } from '../../../shared/bundle/snapshot';
import { diffPlans, type FieldChange } from '../../../shared/revisions/plan-diff';

const CURRENT = 'current';

/** Compare any two approved versions, or one with the current draft: what changed, grouped by kind. */
export function RevisionDiff({
  revisions,
  current,
  draft,
}: {
  revisions: readonly Revision[];
  current: PlanContent;
  draft: boolean;
}) {
  const newest = revisions[revisions.length - 1];
  const previous = revisions[revisions.length - 2];
  const [from, setFrom] = useState(String((draft ? newest : (previous ?? newest))?.number ?? 1));
  const [to, setTo] = useState(draft ? CURRENT : String(newest?.number ?? 1));
  const contentOf = (choice: string) =>
    choice === CURRENT ? current : revisions.find((revision) => String(revision.number) === choice)?.content;
  const before = contentOf(from);
  const after = contentOf(to);
  const options = [
    ...revisions.map((revision) => ({
      value: String(revision.number),
      label: `Version ${String(revision.number)}`,
    })),
    ...(draft ? [{ value: CURRENT, label: 'Current draft' }] : []),
  ];
  const diff = before && after ? diffPlans(before, after) : null;

  return (
    <div className="revision-diff">
      <h3>Compare versions</h3>
      <div className="review-add">
        <label>
          From
          <select
            className="control"
            value={from}
            onChange={(event) => {
              setFrom(event.target.value);
            }}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          To
          <select
            className="control"
            value={to}
            onChange={(event) => {
              setTo(event.target.value);
            }}
          >
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {diff?.count === 0 && (
        <p className="muted">
          No differences in systems, objectives, dependencies, runbooks, contacts, processes or vendors.
        </p>
      )}
      {diff?.groups.map((group) => (
        <section key={group.kind} aria-label={group.label} className="diff-group">
          <h4>{group.label}</h4>
          <ul>
            {group.entries.map((entry) => (
              <li key={`${entry.change}:${entry.id}`} className={`diff-${entry.change}`}>
                <strong>
                  {entry.change === 'added' ? 'Added' : entry.change === 'removed' ? 'Removed' : 'Changed'}:
                </strong>{' '}
                {entry.name}
                {entry.fields.length > 0 && (
                  <ul>
                    {entry.fields.map((field) => (
                      <li key={field.field}>{fieldText(entry.change, field)}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function fieldText(change: 'added' | 'removed' | 'changed', field: FieldChange): string {
  if (change === 'added') return `${field.field}: ${field.after}`;
  if (change === 'removed') return `${field.field}: ${field.before}`;
  return `${field.field}: ${field.before} → ${field.after}`;
}
