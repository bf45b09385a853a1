import { Link } from 'wouter';
import { formatDuration } from '../../../shared/model/duration';
import { SYSTEM_TYPE_LABELS, type System } from '../../../shared/model/system';
import type { Vendor } from '../../../shared/model/vendor';
import { useServices } from '../../app/services';
import { useIsUnsaved } from '../../autosave/useIsUnsaved';
import { usePendingValues } from '../../autosave/usePendingValues';
import { setVendorSystem } from './vendor-repository';

/** The systems a vendor provides or runs: tick each. Each shows its RTO, which the restore SLA must meet. */
export function VendorSystems({ vendor, systems }: { vendor: Vendor; systems: readonly System[] }) {
  const { db, saveTracker } = useServices();
  const provided = usePendingValues((systemId) => vendor.systemIds.includes(systemId));
  const isUnsaved = useIsUnsaved();
  const trackerKey = (systemId: string) => `vendor:${vendor.id}:system:${systemId}`;
  if (systems.length === 0) {
    return (
      <p className="field-help">
        No systems in this plan yet. <Link href="/systems">Add the critical systems</Link>, then tick the ones
        this vendor provides.
      </p>
    );
  }
  return (
    <fieldset className="checkbox-group">
      <legend className="visually-hidden">Systems “{vendor.name}” provides</legend>
      <ul className="system-checklist vendor-checklist">
        {systems.map((system) => (
          <li key={system.id}>
            <label className="checkbox-label">
              <input
                type="checkbox"
                className="checkbox"
                checked={provided.value(system.id)}
                onChange={(event) => {
                  const on = event.target.checked;
                  provided.set(system.id, on);
                  void saveTracker.run(trackerKey(system.id), `“${system.name}” from “${vendor.name}”`, () =>
                    setVendorSystem(db, vendor.id, system.id, on),
                  );
                }}
              />
              <span>{system.name || 'Unnamed system'}</span>
              <span className="muted">
                {SYSTEM_TYPE_LABELS[system.type]} · RTO{' '}
                {system.rto === null ? 'not set' : formatDuration(system.rto)}
              </span>
              {isUnsaved(trackerKey(system.id)) && <span className="field-error">not saved</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
