import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { listDependencies } from '../dependencies/dependency-repository';
import { listProcesses } from '../processes/process-repository';
import { listSystems } from '../systems/system-repository';
import { ObjectivesGrid } from './ObjectivesGrid';
import { ObjectivesHelp } from './ObjectivesHelp';
import './objectives.css';

export function ObjectivesScreen({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const systems = useLiveQuery(() => listSystems(db, plan.id), [db, plan.id]);
  const processes = useLiveQuery(() => listProcesses(db, plan.id), [db, plan.id]);
  const dependencies = useLiveQuery(() => listDependencies(db, plan.id), [db, plan.id]);

  return (
    <main className="page objectives-page" aria-labelledby="objectives-heading">
      <div className="page-header">
        <div>
          <h1 id="objectives-heading">Recovery objectives</h1>
          <p className="page-lede">
            For each system, how soon it must work again after an outage and how much data may be lost. Type
            straight into the grid, or paste rows copied from Excel or Google Sheets.
          </p>
        </div>
      </div>
      <ObjectivesHelp />
      {systems && processes && dependencies && (
        <ObjectivesGrid plan={plan} systems={systems} processes={processes} dependencies={dependencies} />
      )}
    </main>
  );
}
