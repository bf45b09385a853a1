import { useId } from 'react';
import { Link } from 'wouter';
import type { Scenario } from '../../../shared/model/scenario';
import { plural } from '../../components/format';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Starts the simulation from a scenario: its affected systems become what
 * failed. The ticks can still be changed; the screen then says so, because the
 * result is no longer that scenario's.
 */
export function ScenarioChooser({
  scenarios,
  scenarioId,
  failed,
  onChoose,
}: {
  scenarios: readonly Scenario[];
  scenarioId: string | null;
  failed: readonly string[];
  onChoose: (scenario: Scenario | null) => void;
}) {
  const selectId = useId();
  const chosen = scenarios.find((scenario) => scenario.id === scenarioId) ?? null;
  if (scenarios.length === 0) {
    return (
      <p className="field-help">
        <Link href="/scenarios">Describe failure scenarios</Link> to simulate one with a single choice.
      </p>
    );
  }
  return (
    <div className="field scenario-chooser">
      <label htmlFor={selectId} className="field-label">
        Start from a scenario
      </label>
      <select
        id={selectId}
        className="control"
        value={chosen?.id ?? ''}
        onChange={(event) => {
          onChoose(scenarios.find((scenario) => scenario.id === event.target.value) ?? null);
        }}
      >
        <option value="">None: pick systems below</option>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.name || 'Unnamed scenario'} (
            {plural(scenario.affectedSystemIds.length, 'system', 'systems')})
          </option>
        ))}
      </select>
      {chosen?.affectedSystemIds.length === 0 && (
        <p className="field-warning" role="note">
          “{chosen.name || 'Unnamed scenario'}” names no systems yet.{' '}
          <Link href={`/scenarios/${chosen.id}`}>Tick the systems it takes down</Link>, or tick them below.
        </p>
      )}
      {chosen && chosen.affectedSystemIds.length > 0 && !sameSet(chosen.affectedSystemIds, failed) && (
        <p className="field-help" role="note">
          Changed since it was started from “{chosen.name || 'Unnamed scenario'}”.
        </p>
      )}
    </div>
  );
}
