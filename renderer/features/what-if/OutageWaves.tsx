import type { DownSystem, OutageAnalysis } from '../../../shared/analysis/outage';
import { formatDuration, formatOptionalDuration } from '../../../shared/model/duration';
import { LinkList, SubjectLink } from '../failure-points/subject-links';
import { WaveColumns } from '../failure-points/WaveColumns';
import { MtdStatus } from './MtdStatus';
import { formatExpected } from './outage-format';

/** The recovery from this outage: waves, each system's expected back time against its RTO and MTD. */
export function OutageWaves({
  outage,
  names,
}: {
  outage: OutageAnalysis;
  names: ReadonlyMap<string, string>;
}) {
  const byId = new Map(outage.down.map((system) => [system.id, system]));
  const blocked = outage.down.filter((system) => system.wave === null);
  const card = (system: DownSystem | undefined) =>
    system && <OutageSystemCard system={system} names={names} />;
  return (
    <>
      {outage.waves.length > 0 && (
        <WaveColumns
          waves={outage.waves}
          label="Recovery waves for this outage"
          renderSystem={(id) => card(byId.get(id))}
        />
      )}
      {blocked.length > 0 && (
        <div className="unordered">
          <h3>No recovery order: a dependency cycle</h3>
          <ul aria-label="Down systems without a recovery order">
            {blocked.map((system) => {
              const cycle = outage.cycles.find((members) => members.includes(system.id));
              const others = (cycle ?? [])
                .filter((id) => id !== system.id)
                .map((id) => ({ id, name: names.get(id) ?? '' }));
              return (
                <li key={system.id}>
                  <SubjectLink kind="system" id={system.id} name={system.name} />:{' '}
                  {cycle ? (
                    <>
                      it and <LinkList kind="system" entries={others} /> need each other.
                    </>
                  ) : (
                    'it needs something in a dependency cycle.'
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

/** What the back time rests on, so nobody mistakes a target for a written procedure. */
function basisText(system: DownSystem): string {
  if (system.basis === null) return 'no RTO or runbook yet';
  const rto = `RTO ${formatOptionalDuration(system.rto)}`;
  return system.basis === 'runbook' ? `by its runbook · ${rto}` : `${rto}; no runbook yet`;
}

function OutageSystemCard({ system, names }: { system: DownSystem; names: ReadonlyMap<string, string> }) {
  return (
    <div className={`outage-system${system.breach ? ' outage-system-breach' : ''}`}>
      <div className="outage-system-head">
        <SubjectLink kind="system" id={system.id} name={system.name} />
        <span className={`outage-tag${system.failed ? ' outage-tag-failed' : ''}`}>
          {system.failed ? 'Failed' : 'Down'}
        </span>
      </div>
      <p className="outage-back">
        Back after <strong>{formatExpected(system.back)}</strong>{' '}
        <span className="outage-why">({basisText(system)})</span>
      </p>
      {system.waitsOn !== null && (
        <p className="outage-waits">
          Later than its RTO: {system.basis === 'runbook' ? 'its runbook starts after' : 'waits on'}{' '}
          <SubjectLink kind="system" id={system.waitsOn} name={names.get(system.waitsOn) ?? ''} />
        </p>
      )}
      {system.waitsOn === null &&
        system.basis === 'runbook' &&
        system.rto !== null &&
        system.back.atLeast !== null &&
        system.back.atLeast > system.rto && (
          <p className="outage-waits">Later than its RTO: its runbook is too long</p>
        )}
      <p className="outage-why">
        MTD {formatOptionalDuration(system.mtd, 'unknown')}
        {system.wrt !== null && system.wrt > 0 && system.ready.atLeast !== null
          ? ` · back to normal after ${formatExpected(system.ready)} (WRT ${formatDuration(system.wrt)})`
          : ''}
      </p>
      {/* "MTD unknown" above already says it; a verdict would only repeat it. */}
      {(system.mtd !== null || system.back.atLeast === null) && (
        <MtdStatus time={system.ready} mtd={system.mtd} breach={system.breach} />
      )}
    </div>
  );
}
