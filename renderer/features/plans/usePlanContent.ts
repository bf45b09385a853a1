import { useLiveQuery } from 'dexie-react-hooks';
import type { Dependency } from '../../../shared/model/dependency';
import type { BusinessProcess } from '../../../shared/model/process';
import type { System } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { listDependencies } from '../dependencies/dependency-repository';
import { listProcesses } from '../processes/process-repository';
import { listSystems } from '../systems/system-repository';

export interface PlanContent {
  systems: System[];
  processes: BusinessProcess[];
  dependencies: Dependency[];
}

/**
 * Everything the failure analysis reads, live: any edit anywhere re-runs it.
 * One read transaction, so the three lists always belong together.
 */
export function usePlanContent(planId: string): PlanContent | undefined {
  const { db } = useServices();
  return useLiveQuery(
    () =>
      db.transaction('r', db.systems, db.processes, db.dependencies, async () => ({
        systems: await listSystems(db, planId),
        processes: await listProcesses(db, planId),
        dependencies: await listDependencies(db, planId),
      })),
    [db, planId],
  );
}
