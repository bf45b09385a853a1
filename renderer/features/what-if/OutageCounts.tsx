import type { OutageAnalysis } from '../../../shared/analysis/outage';
import { plural } from '../../components/format';

/** The four numbers a room looks at first. */
export function OutageCounts({ outage }: { outage: OutageAnalysis }) {
  const breaches = outage.breaches.systems + outage.breaches.processes;
  const counts = [
    {
      key: 'down',
      label: 'Systems down',
      value: outage.down.length,
      note: `${String(outage.failedIds.length)} failed`,
    },
    {
      key: 'degraded',
      label: 'Degraded',
      value: outage.degraded.length + outage.degradedProcesses.length,
      note: 'working worse',
    },
    { key: 'stopped', label: 'Processes stopped', value: outage.stoppedProcesses.length, note: '' },
    {
      key: 'breaches',
      label: 'MTD breaches',
      value: breaches,
      note: [
        outage.breaches.processes > 0 ? plural(outage.breaches.processes, 'process', 'processes') : '',
        outage.breaches.systems > 0 ? plural(outage.breaches.systems, 'system', 'systems') : '',
      ]
        .filter(Boolean)
        .join(', '),
    },
  ];
  return (
    <dl className="outage-counts" aria-live="polite">
      {counts.map((count) => (
        <div
          key={count.key}
          className={`outage-count outage-count-${count.key}${count.value > 0 ? ' outage-count-some' : ''}`}
        >
          <dt>{count.label}</dt>
          <dd>
            <span className="outage-count-value">{count.value}</span>
            {count.note && <span className="outage-count-note">{count.note}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
