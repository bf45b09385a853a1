import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { DEPENDENCY_KIND_INFO, type DependencyKind } from '../../../shared/model/dependency';
import { useServices } from '../../app/services';
import { TrashIcon } from '../../components/icons';
import { usePlanContent } from '../plans/usePlanContent';
import { AddDependencyForm } from './AddDependencyForm';
import { deleteDependency } from './dependency-repository';
import { DependencyWorkaround } from './DependencyWorkaround';
import './dependencies.css';

/** The system or process whose needs are edited: "A needs B" is always edited on A. */
export interface Dependent {
  id: string;
  kind: 'system' | 'process';
  planId: string;
  name: string;
}

/**
 * What one system or process needs, with a form to add more. `kinds` limits
 * what can be added: a process's outright needs are its ticked systems, so its
 * page offers only the other two kinds.
 */
export function DependencyEditor({
  dependent,
  kinds,
  emptyText,
}: {
  dependent: Dependent;
  kinds: readonly DependencyKind[];
  emptyText: string;
}) {
  const { db, saveTracker } = useServices();
  const data = usePlanContent(dependent.planId);
  const [error, setError] = useState<string | null>(null);
  if (!data) return null;

  const nameOf = (id: string) => data.systems.find((other) => other.id === id)?.name ?? 'Unnamed system';
  const own = data.dependencies.filter((dependency) => dependency.dependentId === dependent.id);
  const candidates = data.systems.filter((other) => other.id !== dependent.id);
  const label = dependent.name || `this ${dependent.kind}`;

  return (
    <>
      {own.length === 0 ? (
        <p className="field-help">{emptyText}</p>
      ) : (
        <ul className="dependency-list" aria-label={`What ${label} needs`}>
          {own.map((dependency) => {
            const targets = dependency.targetIds.map(nameOf);
            const joined = dependency.kind === 'alternatives' ? targets.join(' or ') : targets.join(', ');
            const text = `${DEPENDENCY_KIND_INFO[dependency.kind].label} ${joined}`;
            return (
              <li key={dependency.id} className="dependency-item">
                <div className="dependency-line">
                  <span>
                    <strong>{DEPENDENCY_KIND_INFO[dependency.kind].label}</strong> {joined}
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

      {candidates.length === 0 ? (
        <p className="field-help">
          Add more <Link href="/systems">systems</Link> to record what {label} needs.
        </p>
      ) : (
        <AddDependencyForm
          dependent={dependent}
          kinds={kinds}
          candidates={candidates}
          error={error}
          onError={setError}
        />
      )}
    </>
  );
}
