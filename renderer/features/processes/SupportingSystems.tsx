import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import type { BusinessProcess } from '../../../shared/model/process';
import { TIER_INFO } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { useIsUnsaved } from '../../autosave/useIsUnsaved';
import { usePendingValues } from '../../autosave/usePendingValues';
import { listSystems } from '../systems/system-repository';
import { setProcessSystem } from './process-repository';

/** The systems a process needs: tick each; a system can support several processes. */
export function SupportingSystems({ process }: { process: BusinessProcess }) {
  const { db, saveTracker } = useServices();
  const systems = useLiveQuery(() => listSystems(db, process.planId), [db, process.planId]);
  const linked = usePendingValues((systemId) => process.systemIds.includes(systemId));
  const isUnsaved = useIsUnsaved();
  const trackerKey = (systemId: string) => `process:${process.id}:system:${systemId}`;
  if (!systems) return null;
  if (systems.length === 0) {
    return (
      <p className="field-help">
        No systems in this plan yet. <Link href="/systems">Add the critical systems</Link>, then tick the ones
        this process needs.
      </p>
    );
  }
  return (
    <fieldset className="checkbox-group">
      <legend className="visually-hidden">Systems “{process.name}” needs</legend>
      <p className="field-help">
        Tick every system this process cannot run without. Its MTD then applies to those systems.
      </p>
      <ul className="system-checklist">
        {systems.map((system) => (
          <li key={system.id}>
            <label className="checkbox-label">
              <input
                type="checkbox"
                className="checkbox"
                checked={linked.value(system.id)}
                onChange={(event) => {
                  const on = event.target.checked;
                  linked.set(system.id, on);
                  void saveTracker.run(
                    trackerKey(system.id),
                    `Link between “${process.name}” and “${system.name}”`,
                    () => setProcessSystem(db, process.id, system.id, on),
                  );
                }}
              />
              <span>{system.name || 'Unnamed system'}</span>
              {system.tier !== null && <span className="muted">{TIER_INFO[system.tier].label}</span>}
              {isUnsaved(trackerKey(system.id)) && <span className="field-error">not saved</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
