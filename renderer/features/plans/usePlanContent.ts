import { useLiveQuery } from 'dexie-react-hooks';
import type { CallTree } from '../../../shared/model/call-tree';
import type { Contact } from '../../../shared/model/contact';
import type { Dependency } from '../../../shared/model/dependency';
import type { Exercise } from '../../../shared/model/exercise';
import type { BusinessProcess } from '../../../shared/model/process';
import type { Runbook } from '../../../shared/model/runbook';
import type { Scenario } from '../../../shared/model/scenario';
import type { System } from '../../../shared/model/system';
import type { Team } from '../../../shared/model/team';
import type { Vendor } from '../../../shared/model/vendor';
import { useServices } from '../../app/services';
import type { DrpDatabase } from '../../db/database';
import { listDependencies } from '../dependencies/dependency-repository';
import { listProcesses } from '../processes/process-repository';
import { listSystems } from '../systems/system-repository';

export interface PlanContent {
  systems: System[];
  processes: BusinessProcess[];
  dependencies: Dependency[];
  runbooks: Runbook[];
  contacts: Contact[];
  teams: Team[];
  callTree: CallTree | null;
  vendors: Vendor[];
  exercises: Exercise[];
  scenarios: Scenario[];
}

/** Everything the analysis reads, in one read transaction so the lists always belong together. */
export function readPlanContent(db: DrpDatabase, planId: string): Promise<PlanContent> {
  return db.transaction(
    'r',
    [
      db.systems,
      db.processes,
      db.dependencies,
      db.runbooks,
      db.contacts,
      db.teams,
      db.callTrees,
      db.vendors,
      db.exercises,
      db.scenarios,
    ],
    async () => ({
      systems: await listSystems(db, planId),
      processes: await listProcesses(db, planId),
      dependencies: await listDependencies(db, planId),
      runbooks: await db.runbooks.where('planId').equals(planId).sortBy('createdAt'),
      contacts: await db.contacts
        .where('[planId+position]')
        .between([planId, 0], [planId, Infinity])
        .toArray(),
      teams: await db.teams.where('[planId+position]').between([planId, 0], [planId, Infinity]).toArray(),
      callTree: (await db.callTrees.get(planId)) ?? null,
      vendors: await db.vendors.where('[planId+position]').between([planId, 0], [planId, Infinity]).toArray(),
      exercises: await db.exercises.where('planId').equals(planId).sortBy('date'),
      scenarios: await db.scenarios.where('planId').equals(planId).toArray(),
    }),
  );
}

/** Everything the analysis reads, live: any edit anywhere re-runs it. */
export function usePlanContent(planId: string): PlanContent | undefined {
  const { db } = useServices();
  return useLiveQuery(() => readPlanContent(db, planId), [db, planId]);
}
