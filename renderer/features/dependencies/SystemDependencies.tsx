import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import {
  DEPENDENCY_KIND_INFO,
  DEPENDENCY_KINDS,
  type DependencyKind,
} from '../../../shared/model/dependency';
import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { TrashIcon } from '../../components/icons';
import { listSystems } from '../systems/system-repository';
import { addDependency, deleteDependency, listDependencies } from './dependency-repository';
import { DependencyWorkaround } from './DependencyWorkaround';
import './dependencies.css';

/** What a system needs, and what needs it: "A needs B", edited on A's page. */
export function SystemDependencies({ system }: { system: System }) {
  const { db, saveTracker } = useServices();
  const data = useLiveQuery(
    async () => ({
      systems: await listSystems(db, system.planId),
      dependencies: await listDependencies(db, system.planId),
    }),
    [db, system.planId],
  );
  const [kind, setKind] = useState<DependencyKind>('hard');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const kindId = useId();
  const targetId = useId();
  if (!data) return null;

  const nameOf = (id: string) => data.systems.find((other) => other.id === id)?.name ?? 'Unnamed system';
  const own = data.dependencies.filter((dependency) => dependency.dependentId === system.id);
  const neededBy = data.dependencies.filter((dependency) => dependency.targetIds.includes(system.id));
  const others = data.systems.filter((other) => other.id !== system.id);
  const label = system.name || 'this system';

  const addKey = `system:${system.id}:new-dependency`;
  const add = async () => {
    setError(null);
    const ok = await saveTracker.run(addKey, `A dependency of “${label}”`, () =>
      addDependency(db, system.planId, {
        dependentId: system.id,
        dependentKind: 'system',
        kind,
        targetIds: chosen,
        workaround: '',
      }),
    );
    if (ok) setChosen([]);
    else {
      const reason = saveTracker
        .getSnapshot()
        .unsaved.find((change) => change.key.endsWith(':new-dependency'));
      setError(reason?.reason ?? 'The dependency was not added.');
      saveTracker.clear(`system:${system.id}:new-dependency`);
    }
  };

  return (
    <section className="form-section" aria-labelledby="dependencies-heading">
      <h2 id="dependencies-heading">Dependencies</h2>
      <div className="panel dependencies">
        <h3>What it needs</h3>
        {own.length === 0 ? (
          <p className="field-help">Nothing recorded: it can run on its own.</p>
        ) : (
          <ul className="dependency-list" aria-label={`What ${label} needs`}>
            {own.map((dependency) => {
              const targets = dependency.targetIds.map(nameOf);
              const text = `${DEPENDENCY_KIND_INFO[dependency.kind].label} ${dependency.kind === 'alternatives' ? targets.join(' or ') : targets.join(', ')}`;
              return (
                <li key={dependency.id} className="dependency-item">
                  <div className="dependency-line">
                    <span>
                      <strong>{DEPENDENCY_KIND_INFO[dependency.kind].label}</strong>{' '}
                      {dependency.kind === 'alternatives' ? targets.join(' or ') : targets.join(', ')}
                    </span>
                    <Button
                      className="icon-button"
                      aria-label={`Remove: ${text}`}
                      onPress={() =>
                        void saveTracker.run(`dependency:${dependency.id}:delete`, `Removing “${text}”`, () =>
                          deleteDependency(db, dependency.id).then(() => undefined),
                        )
                      }
                    >
                      <TrashIcon />
                    </Button>
                  </div>
                  {dependency.kind === 'degraded' && (
                    <DependencyWorkaround dependency={dependency} label={text} />
                  )}
                </li>
              );
            })}
          </ul>
        )}

        {others.length === 0 ? (
          <p className="field-help">
            Add more <Link href="/systems">systems</Link> to record what this one needs.
          </p>
        ) : (
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
                  const next =
                    DEPENDENCY_KINDS.find((candidate) => candidate === event.target.value) ?? 'hard';
                  setKind(next);
                  // A different kind asks a different question: start the choice again.
                  setChosen([]);
                  setError(null);
                }}
              >
                {DEPENDENCY_KINDS.map((option) => (
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
                  {others.map((other) => (
                    <li key={other.id}>
                      <label className="checkbox-label">
                        <input
                          type="checkbox"
                          className="checkbox"
                          checked={chosen.includes(other.id)}
                          onChange={(event) => {
                            setChosen(
                              event.target.checked
                                ? [...chosen, other.id]
                                : chosen.filter((id) => id !== other.id),
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
                  {others.map((other) => (
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
        )}

        <h3>What needs it</h3>
        {neededBy.length === 0 ? (
          <p className="field-help">Nothing recorded.</p>
        ) : (
          <ul className="dependency-list" aria-label={`What needs ${label}`}>
            {neededBy.map((dependency) => (
              <li key={dependency.id} className="dependency-line">
                <span>
                  {dependency.dependentKind === 'system' ? nameOf(dependency.dependentId) : 'A process'}{' '}
                  <span className="muted">({DEPENDENCY_KIND_INFO[dependency.kind].hint})</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
