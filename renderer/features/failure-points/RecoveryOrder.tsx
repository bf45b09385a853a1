import type { PlanAnalysis } from '../../../shared/analysis/plan-analysis';
import { formatOptionalDuration } from '../../../shared/model/duration';
import { LinkList, SubjectLink } from './subject-links';
import { WaveColumns } from './WaveColumns';

/** The plan's recovery waves, and the systems that have no place in them because of a cycle. */
export function RecoveryOrder({ analysis }: { analysis: PlanAnalysis }) {
  const byId = new Map(analysis.systems.map((system) => [system.id, system]));
  const unordered = analysis.systems.filter((system) => system.wave === null);
  if (analysis.systems.length === 0) {
    return (
      <p className="empty-state failure-empty">
        Once you have listed your systems, they appear here in the order to bring them back.
      </p>
    );
  }
  return (
    <>
      {analysis.waves.length > 0 && (
        <WaveColumns
          waves={analysis.waves}
          label="Recovery waves"
          renderSystem={(id) => {
            const system = byId.get(id);
            const tier = system?.tier ?? null;
            return (
              <div className="wave-system">
                <SubjectLink kind="system" id={id} name={system?.name ?? ''} />
                <span className="wave-meta">
                  {tier === null ? 'Tier not set' : `Tier ${String(tier)}`} · RTO{' '}
                  {formatOptionalDuration(system?.rto ?? null)}
                </span>
              </div>
            );
          }}
        />
      )}
      {unordered.length > 0 && (
        <div className="unordered">
          <h3>Without a place in the order</h3>
          <ul aria-label="Systems without a place in the recovery order">
            {unordered.map((system) => {
              const cycle = analysis.cycles.find((members) => members.includes(system.id));
              const others = (cycle ?? [])
                .filter((id) => id !== system.id)
                .map((id) => ({ id, name: byId.get(id)?.name ?? '' }));
              return (
                <li key={system.id}>
                  <SubjectLink kind="system" id={system.id} name={system.name} />:{' '}
                  {cycle ? (
                    <>
                      in a dependency cycle with <LinkList kind="system" entries={others} />.
                    </>
                  ) : (
                    'it needs something that waits on a dependency cycle.'
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}

/** Each hard cycle with its members: none of them can be recovered first. */
export function CycleList({ analysis }: { analysis: PlanAnalysis }) {
  const byId = new Map(analysis.systems.map((system) => [system.id, system]));
  if (analysis.cycles.length === 0) {
    return <p className="muted">No dependency cycles: every system can be given a place in the order.</p>;
  }
  return (
    <ul className="cycle-list" aria-label="Dependency cycles">
      {analysis.cycles.map((members) => (
        <li key={members.join()}>
          <LinkList kind="system" entries={members.map((id) => ({ id, name: byId.get(id)?.name ?? '' }))} />{' '}
          need each other, so none of them can be recovered first. Decide which one can start without the
          others, and make that dependency “works worse without”, with the workaround written down.
        </li>
      ))}
    </ul>
  );
}
