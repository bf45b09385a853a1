import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { mtdForTier, processMtd } from '../../../shared/analysis/mtd';
import { formatDuration } from '../../../shared/model/duration';
import type { Plan } from '../../../shared/model/plan';
import { suggestTier } from '../../../shared/model/impact';
import type { BusinessProcess } from '../../../shared/model/process';
import { useServices } from '../../app/services';
import { TemplateNotice } from '../templates/TemplateNotice';
import { plural } from '../../components/format';
import { TrashIcon } from '../../components/icons';
import { ImpactSettings } from './ImpactSettings';
import { NewProcessInput } from './NewProcessInput';
import { listProcesses } from './process-repository';
import { useProcessActions } from './useProcessActions';
import './processes.css';

/** Step 1, second half: what the organisation does, and how long each activity can stop. */
export function ProcessesScreen({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const { remove } = useProcessActions();
  const processes = useLiveQuery(() => listProcesses(db, plan.id), [db, plan.id]);
  if (!processes) return null;

  return (
    <main className="page" aria-labelledby="processes-heading">
      <div className="page-header">
        <div>
          <h1 id="processes-heading">Business processes</h1>
          <p className="page-lede">
            What the organisation does: take orders, pay staff, see patients. For each, rate how an outage
            hurts over time; that tells you how long it can be down (its MTD) and how critical its systems
            are.
          </p>
        </div>
      </div>
      <TemplateNotice plan={plan} />
      <p className="table-summary">{plural(processes.length, 'process', 'processes')}</p>
      <table className="grid process-table" aria-label="Business processes">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Owner</th>
            <th scope="col">Systems</th>
            <th scope="col">MTD</th>
            <th scope="col">Tier</th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {processes.map((process) => (
            <ProcessRow
              key={process.id}
              plan={plan}
              process={process}
              onDelete={() => void remove(process)}
            />
          ))}
          <tr className="new-row">
            <td colSpan={6}>
              <NewProcessInput planId={plan.id} />
            </td>
          </tr>
        </tbody>
      </table>
      <ImpactSettings plan={plan} />
    </main>
  );
}

function ProcessRow({
  plan,
  process,
  onDelete,
}: {
  plan: Plan;
  process: BusinessProcess;
  onDelete: () => void;
}) {
  const mtd = processMtd(process, plan.mtdThreshold);
  const suggested = suggestTier(mtdForTier(mtd));
  const tier = process.tierOverride ?? suggested;
  const name = process.name || 'Unnamed process';
  return (
    <tr>
      <td>
        <Link href={`/processes/${process.id}`} className="cell-link">
          {name}
        </Link>
      </td>
      <td>{process.owner || <span className="muted">No owner</span>}</td>
      <td>{process.systemIds.length}</td>
      <td>
        {mtd.minutes !== null ? (
          formatDuration(mtd.minutes)
        ) : (
          <span className="muted">{mtd.beyond ? 'over a week' : 'not known yet'}</span>
        )}
      </td>
      <td>
        {tier ?? <span className="muted">–</span>}
        {tier !== null && process.tierOverride === null && <span className="muted"> (suggested)</span>}
      </td>
      <td className="row-actions">
        <Button className="icon-button" aria-label={`Delete ${name}`} onPress={onDelete}>
          <TrashIcon />
        </Button>
      </td>
    </tr>
  );
}
