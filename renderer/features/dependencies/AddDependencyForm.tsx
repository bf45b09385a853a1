import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { DEPENDENCY_KIND_INFO, type DependencyKind } from '../../../shared/model/dependency';
import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { addDependency } from './dependency-repository';
import type { Dependent } from './DependencyEditor';

/** Adds one need of `dependent`: a kind, then one system or (for "one of") two or more. */
export function AddDependencyForm({
  dependent,
  kinds,
  candidates,
  error,
  onError,
}: {
  dependent: Dependent;
  kinds: readonly DependencyKind[];
  candidates: readonly System[];
  error: string | null;
  onError: (message: string | null) => void;
}) {
  const { db, saveTracker } = useServices();
  const [kind, setKind] = useState<DependencyKind>(kinds[0] ?? 'hard');
  const [chosen, setChosen] = useState<string[]>([]);
  const kindId = useId();
  const targetId = useId();
  const label = dependent.name || `this ${dependent.kind}`;

  const addKey = `${dependent.kind}:${dependent.id}:new-dependency`;
  const add = async () => {
    onError(null);
    const ok = await saveTracker.run(addKey, `A dependency of “${label}”`, () =>
      addDependency(db, dependent.planId, {
        dependentId: dependent.id,
        dependentKind: dependent.kind,
        kind,
        targetIds: chosen,
        workaround: '',
      }),
    );
    if (ok) setChosen([]);
    else {
      const reason = saveTracker.getSnapshot().unsaved.find((change) => change.key === addKey);
      onError(reason?.reason ?? 'The dependency was not added.');
      saveTracker.clear(addKey);
    }
  };

  return (
    <fieldset className="dependency-add">
      <legend className="field-label">Add a dependency</legend>
      <div className="field">
        <label htmlFor={kindId} className="field-label">
          Kind
        </label>
        <select
          id={kindId}
          className="control"
          value={kind}
          onChange={(event) => {
            setKind(kinds.find((candidate) => candidate === event.target.value) ?? kind);
            // A different kind asks a different question: start the choice again.
            setChosen([]);
            onError(null);
          }}
        >
          {kinds.map((option) => (
            <option key={option} value={option}>
              {DEPENDENCY_KIND_INFO[option].label} ({DEPENDENCY_KIND_INFO[option].hint})
            </option>
          ))}
        </select>
      </div>
      {kind === 'alternatives' ? (
        <div className="field">
          <span className="field-label">Any one of these is enough (tick two or more)</span>
          <ul className="system-checklist">
            {candidates.map((other) => (
              <li key={other.id}>
                <label className="checkbox-label">
                  <input
                    type="checkbox"
                    className="checkbox"
                    checked={chosen.includes(other.id)}
                    onChange={(event) => {
                      setChosen(
                        event.target.checked ? [...chosen, other.id] : chosen.filter((id) => id !== other.id),
                      );
                    }}
                  />
                  <span>{other.name || 'Unnamed system'}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={targetId} className="field-label">
            System
          </label>
          <select
            id={targetId}
            className="control"
            value={chosen[0] ?? ''}
            onChange={(event) => {
              setChosen(event.target.value === '' ? [] : [event.target.value]);
            }}
          >
            <option value="">Choose a system…</option>
            {candidates.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name || 'Unnamed system'}
              </option>
            ))}
          </select>
        </div>
      )}
      <Button
        className="button"
        isDisabled={chosen.length < (kind === 'alternatives' ? 2 : 1)}
        onPress={() => void add()}
      >
        Add dependency
      </Button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
