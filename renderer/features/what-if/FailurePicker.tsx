import { useId, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { System } from '../../../shared/model/system';
import { applyView, DEFAULT_VIEW } from '../systems/system-list';
import { systemName } from '../failure-points/subject-links';

/** A searchable checklist of the plan's systems; what is ticked is what failed. */
export function FailurePicker({
  systems,
  failed,
  onChange,
  children,
}: {
  systems: readonly System[];
  failed: readonly string[];
  onChange: (ids: string[]) => void;
  /** Other ways to choose, shown above the checklist (a scenario). */
  children?: ReactNode;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const shown = applyView(systems, { ...DEFAULT_VIEW, query });
  const picked = systems.filter((system) => failed.includes(system.id));
  // Kept in the plan's order, so the same failures always read the same.
  const toggle = (id: string, on: boolean) => {
    onChange(
      systems
        .filter((system) => (system.id === id ? on : failed.includes(system.id)))
        .map((system) => system.id),
    );
  };

  return (
    <section className="what-if-picker panel" aria-labelledby="picker-heading">
      <h2 id="picker-heading">What failed</h2>
      {children}
      {picked.length === 0 ? (
        <p className="picker-hint">Tick the systems that are down: a server, an internet line, a building.</p>
      ) : (
        <ul className="picked" aria-label="Failed systems">
          {picked.map((system) => (
            <li key={system.id}>
              <Button
                className="picked-chip"
                aria-label={`Remove ${systemName(system.name)} from the failures`}
                onPress={() => {
                  toggle(system.id, false);
                }}
              >
                {systemName(system.name)} <span aria-hidden="true">×</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId} className="field-label">
          Find a system
        </label>
        <input
          id={searchId}
          type="search"
          className="control"
          value={query}
          placeholder="Name…"
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
      </div>
      <fieldset className="picker-fieldset">
        <legend className="visually-hidden">Systems that failed</legend>
        {shown.length === 0 ? (
          <p className="field-help">
            {systems.length === 0 ? 'This plan has no systems yet.' : `No system matches “${query.trim()}”.`}
          </p>
        ) : (
          <ul className="picker-list">
            {shown.map((system) => (
              <li key={system.id}>
                <label className="checkbox-label">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={failed.includes(system.id)}
                    onChange={(event) => {
                      toggle(system.id, event.target.checked);
                    }}
                  />
                  <span>{systemName(system.name)}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {picked.length > 0 && (
        <Button
          className="button button-small"
          onPress={() => {
            onChange([]);
          }}
        >
          Clear all
        </Button>
      )}
    </section>
  );
}
