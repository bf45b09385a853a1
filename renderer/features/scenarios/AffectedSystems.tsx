import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { Scenario } from '../../../shared/model/scenario';
import { SYSTEM_TYPE_LABELS } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { useIsUnsaved } from '../../autosave/useIsUnsaved';
import { usePendingValues } from '../../autosave/usePendingValues';
import { listSystems } from '../systems/system-repository';
import { setAffectedSystem } from './scenario-repository';

/** The systems a scenario takes down: tick each. A what-if simulation later fails exactly these. */
export function AffectedSystems({ scenario }: { scenario: Scenario }) {
  const { db, saveTracker } = useServices();
  const systems = useLiveQuery(() => listSystems(db, scenario.planId), [db, scenario.planId]);
  const affected = usePendingValues((systemId) => scenario.affectedSystemIds.includes(systemId));
  const isUnsaved = useIsUnsaved();
  const trackerKey = (systemId: string) => `scenario:${scenario.id}:system:${systemId}`;
  if (!systems) return null;
  if (systems.length === 0) {
    return (
      <p className="field-help">
        No systems in this plan yet. <Link href="/systems">Add the critical systems</Link>, then tick the ones
        this scenario would take down.
      </p>
    );
  }
  return (
    <fieldset className="checkbox-group">
      <legend className="visually-hidden">Systems “{scenario.name}” takes down</legend>
      <p className="field-help">
        Tick every system, person or place on the list that this scenario makes unavailable directly. What
        depends on them follows from their dependencies.
      </p>
      <ul className="system-checklist">
        {systems.map((system) => (
          <li key={system.id}>
            <label className="checkbox-label">
              <input
                type="checkbox"
                className="checkbox"
                checked={affected.value(system.id)}
                onChange={(event) => {
                  const on = event.target.checked;
                  affected.set(system.id, on);
                  void saveTracker.run(trackerKey(system.id), `“${system.name}” in “${scenario.name}”`, () =>
                    setAffectedSystem(db, scenario.id, system.id, on),
                  );
                }}
              />
              <span>{system.name || 'Unnamed system'}</span>
              <span className="muted">{SYSTEM_TYPE_LABELS[system.type]}</span>
              {isUnsaved(trackerKey(system.id)) && <span className="field-error">not saved</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
