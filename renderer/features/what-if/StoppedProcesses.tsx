import type { OutageAnalysis } from '../../../shared/analysis/outage';
import { formatOptionalDuration } from '../../../shared/model/duration';
import { SubjectLink } from '../failure-points/subject-links';
import { MtdStatus } from './MtdStatus';
import { formatExpected } from './outage-format';

/** Each stopped process: how long it can be without its systems, and how long it will be. */
export function StoppedProcesses({
  outage,
  names,
}: {
  outage: OutageAnalysis;
  names: ReadonlyMap<string, string>;
}) {
  if (outage.stoppedProcesses.length === 0) {
    return <p className="muted">No business process stops.</p>;
  }
  return (
    <table className="outage-table">
      <caption className="visually-hidden">Processes stopped by this outage</caption>
      <thead>
        <tr>
          <th scope="col">Process</th>
          <th scope="col">MTD</th>
          <th scope="col">Runs again after</th>
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        {outage.stoppedProcesses.map((process) => (
          <tr key={process.id} className={process.breach ? 'row-breach' : undefined}>
            <th scope="row">
              <SubjectLink kind="process" id={process.id} name={process.name} />
            </th>
            <td>{formatOptionalDuration(process.mtd, 'unknown')}</td>
            <td>
              {formatExpected(process.back)}
              {process.waitsOn !== null && (
                <span className="outage-why">
                  {' '}
                  waiting for{' '}
                  <SubjectLink kind="system" id={process.waitsOn} name={names.get(process.waitsOn) ?? ''} />
                </span>
              )}
            </td>
            <td>
              <MtdStatus time={process.back} mtd={process.mtd} breach={process.breach} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
