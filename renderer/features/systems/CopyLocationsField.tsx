import { COPY_LOCATION_LABELS, COPY_LOCATIONS, type System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { useIsUnsaved } from '../../autosave/useIsUnsaved';
import { usePendingValues } from '../../autosave/usePendingValues';
import { setCopyLocation } from './system-repository';

/** Where copies are kept: one box per place, each tick its own transaction. */
export function CopyLocationsField({ system }: { system: System }) {
  const { db, saveTracker } = useServices();
  const kept = usePendingValues((place) => system.copyLocations.some((location) => location === place));
  const isUnsaved = useIsUnsaved();
  const trackerKey = (place: string) => `system:${system.id}:copyLocations:${place}`;
  return (
    <fieldset className="field checkbox-group">
      <legend className="field-label">Where copies are kept</legend>
      <p className="field-help">
        Tick every place a copy lives. One copy away from the site survives a fire.
      </p>
      <div className="checkbox-row">
        {COPY_LOCATIONS.map((place) => (
          <label key={place} className="checkbox-label">
            <input
              type="checkbox"
              className="checkbox"
              checked={kept.value(place)}
              onChange={(event) => {
                const on = event.target.checked;
                kept.set(place, on);
                void saveTracker.run(
                  trackerKey(place),
                  `${COPY_LOCATION_LABELS[place]} copies of “${system.name || 'unnamed system'}”`,
                  () => setCopyLocation(db, system.id, place, on),
                );
              }}
            />
            <span>{COPY_LOCATION_LABELS[place]}</span>
            {isUnsaved(trackerKey(place)) && <span className="field-error">not saved</span>}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
