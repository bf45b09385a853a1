import { Link } from 'wouter';
import type { SinglePointOfFailure } from '../../../shared/analysis/spof';
import { TIER_INFO } from '../../../shared/model/system';
import { plural } from '../../components/format';
import { LinkList, SubjectLink } from './subject-links';
import { whatIfPath } from '../what-if/useFailedIds';

interface Named {
  id: string;
  name: string;
}

/** Single points of failure, worst first, each with what it takes down and a way into the what-if. */
export function SpofList({
  planId,
  spofs,
  systems,
  processes,
}: {
  planId: string;
  spofs: readonly SinglePointOfFailure[];
  systems: ReadonlyMap<string, Named>;
  processes: ReadonlyMap<string, Named>;
}) {
  if (spofs.length === 0) {
    return (
      <div className="empty-state failure-empty">
        <p>
          <strong>No single points of failure found.</strong>
        </p>
        <p>
          A single point of failure is one system, with nothing standing in for it, whose failure alone stops
          something critical: a tier 0–2 system or business process. To find them, record on each system’s
          page what it needs (its dependencies) and whether it has redundancy, and tick on each business
          process the systems it needs.
        </p>
      </div>
    );
  }
  const named = (map: ReadonlyMap<string, Named>, ids: readonly string[]) =>
    ids.map((id) => map.get(id) ?? { id, name: '' });
  return (
    <ol className="spof-list" aria-label="Single points of failure, worst first">
      {spofs.map((spof) => {
        const system = systems.get(spof.id) ?? { id: spof.id, name: '' };
        const downSystems = named(systems, spof.blast.systems);
        const downProcesses = named(processes, spof.blast.processes);
        return (
          <li key={spof.id} className="spof-card">
            <div className="spof-head">
              <h3 className="spof-name">
                <SubjectLink kind="system" id={system.id} name={system.name} />
              </h3>
              <span className={`tier-badge tier-${String(spof.worstTier)}`}>
                Takes down {TIER_INFO[spof.worstTier].label}
              </span>
            </div>
            <p className="spof-reach">
              When it fails,{' '}
              {[
                downSystems.length > 0 ? plural(downSystems.length, 'system', 'systems') : '',
                downProcesses.length > 0 ? plural(downProcesses.length, 'process', 'processes') : '',
              ]
                .filter(Boolean)
                .join(' and ')}{' '}
              go down with it:
            </p>
            <dl className="spof-blast">
              {downSystems.length > 0 && (
                <div>
                  <dt>Systems</dt>
                  <dd>
                    <LinkList kind="system" entries={downSystems} />
                  </dd>
                </div>
              )}
              {downProcesses.length > 0 && (
                <div>
                  <dt>Processes</dt>
                  <dd>
                    <LinkList kind="process" entries={downProcesses} />
                  </dd>
                </div>
              )}
            </dl>
            <Link
              href={whatIfPath(planId, [spof.id])}
              className="button button-small spof-simulate"
              aria-label={`Simulate this failure: ${system.name || 'Unnamed system'}`}
            >
              Simulate this failure →
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
