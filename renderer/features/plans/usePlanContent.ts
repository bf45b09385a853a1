import { useLiveQuery } from 'dexie-react-hooks';
import type { CallTree } from '../../../shared/model/call-tree';
import type { Contact } from '../../../shared/model/contact';
import type { Dependency } from '../../../shared/model/dependency';
import type { Exercise } from '../../../shared/model/exercise';
import type { Plan } from '../../../shared/model/plan';
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
  /** The plan record itself: its review cycle is part of the analysis (PLAN_REVIEW_OVERDUE). */
  plan: Plan;
  /** When the newest approved version was frozen, or null: never approved. */
  lastApprovedAt: string | null;
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
      db.plans,
      db.revisions,
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
      plan: await readPlan(db, planId),
      lastApprovedAt:
        (await db.revisions.where('[planId+number]').between([planId, 0], [planId, Infinity]).last())
          ?.approvedAt ?? null,
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

async function readPlan(db: DrpDatabase, planId: string): Promise<Plan> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new Error('The plan no longer exists.');
  return plan;
}
