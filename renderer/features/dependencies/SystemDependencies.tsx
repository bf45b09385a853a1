import { Link } from 'wouter';
import { DEPENDENCY_KIND_INFO, DEPENDENCY_KINDS } from '../../../shared/model/dependency';
import type { System } from '../../../shared/model/system';
import { usePlanContent } from '../plans/usePlanContent';
import { DependencyEditor } from './DependencyEditor';
import './dependencies.css';

/** What a system needs, and what needs it: "A needs B", edited on A's page. */
export function SystemDependencies({ system }: { system: System }) {
  const label = system.name || 'this system';
  return (
    <section className="form-section" aria-labelledby="dependencies-heading">
      <h2 id="dependencies-heading">Dependencies</h2>
      <div className="panel dependencies">
        <h3>What it needs</h3>
        <DependencyEditor
          dependent={{ id: system.id, kind: 'system', planId: system.planId, name: system.name }}
          kinds={DEPENDENCY_KINDS}
          emptyText="Nothing recorded: it can run on its own."
        />
        <h3>What needs it</h3>
        <NeededBy system={system} label={label} />
      </div>
    </section>
  );
}

/** Systems and processes that need this one, in any kind of need, each linking to its page. */
function NeededBy({ system, label }: { system: System; label: string }) {
  const data = usePlanContent(system.planId);
  if (!data) return null;
  const lines = [
    ...data.processes
      .filter((process) => process.systemIds.includes(system.id))
      .map((process) => ({
        key: `link:${process.id}`,
        path: `/processes/${process.id}`,
        name: process.name,
        kind: 'hard' as const,
      })),
    ...data.dependencies
      .filter((dependency) => dependency.targetIds.includes(system.id))
      .map((dependency) => {
        const isSystem = dependency.dependentKind === 'system';
        const name = isSystem
          ? data.systems.find((other) => other.id === dependency.dependentId)?.name
          : data.processes.find((other) => other.id === dependency.dependentId)?.name;
        return {
          key: dependency.id,
          path: `/${isSystem ? 'systems' : 'processes'}/${dependency.dependentId}`,
          name: name ?? '',
          kind: dependency.kind,
        };
      }),
  ];
  if (lines.length === 0) return <p className="field-help">Nothing recorded.</p>;
  return (
    <ul className="dependency-list" aria-label={`What needs ${label}`}>
      {lines.map((line) => (
        <li key={line.key} className="dependency-line">
          <span>
            <Link href={line.path}>{line.name || 'Unnamed'}</Link>{' '}
            <span className="muted">({DEPENDENCY_KIND_INFO[line.kind].hint})</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
