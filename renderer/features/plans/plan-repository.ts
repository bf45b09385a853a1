import {
  copyName,
  DEFAULT_PLAN_SETTINGS,
  planSchema,
  planSettingsSchema,
  type Plan,
  type PlanDetails,
  type PlanSettings,
} from '../../../shared/model/plan';
import { dependencySchema, type Dependency } from '../../../shared/model/dependency';
import { processSchema, type BusinessProcess } from '../../../shared/model/process';
import { scenarioSchema, type Scenario } from '../../../shared/model/scenario';
import { systemSchema, type System } from '../../../shared/model/system';
import { runbookSchema, type Runbook } from '../../../shared/model/runbook';
import { contactSchema, type Contact } from '../../../shared/model/contact';
import { teamSchema, type Team } from '../../../shared/model/team';
import { callTreeSchema, type CallTree } from '../../../shared/model/call-tree';
import { vendorSchema, type Vendor } from '../../../shared/model/vendor';
import { newId, nowIso } from '../../db/clock';
import type { DrpDatabase } from '../../db/database';

/** Everything a deleted plan consisted of, kept in memory so "Undo" can put it back whole. */
export interface DeletedPlan {
  plan: Plan;
  systems: System[];
  processes: BusinessProcess[];
  dependencies: Dependency[];
  scenarios: Scenario[];
  runbooks: Runbook[];
  contacts: Contact[];
  teams: Team[];
  callTree: CallTree | null;
  vendors: Vendor[];
}

/** Every table that holds a plan's records: copy, delete and restore touch them all in one transaction. */
function planTables(db: DrpDatabase) {
  return [
    db.plans,
    db.systems,
    db.processes,
    db.dependencies,
    db.scenarios,
    db.runbooks,
    db.contacts,
    db.teams,
    db.callTrees,
    db.vendors,
  ];
}

export async function createPlan(db: DrpDatabase, details: PlanDetails): Promise<Plan> {
  const now = nowIso();
  const plan = planSchema.parse({
    id: newId(),
    ...details,
    ...DEFAULT_PLAN_SETTINGS,
    startedFromTemplate: null,
    createdAt: now,
    updatedAt: now,
  });
  await db.plans.add(plan);
  return plan;
}

export async function updatePlanDetails(db: DrpDatabase, id: string, details: PlanDetails): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    const current = await db.plans.get(id);
    if (!current) throw new Error('The plan no longer exists.');
    await db.plans.put(planSchema.parse({ ...current, ...details, updatedAt: nowIso() }));
  });
}

export async function updatePlanSettings(db: DrpDatabase, id: string, edits: Partial<PlanSettings>) {
  const checked = planSettingsSchema.partial().parse(edits);
  await db.transaction('rw', db.plans, async () => {
    const current = await db.plans.get(id);
    if (!current) throw new Error('The plan no longer exists.');
    await db.plans.put(planSchema.parse({ ...current, ...checked, updatedAt: nowIso() }));
  });
}

/** Copies the plan and everything in it under new ids, so the copy never shares records with the original. */
export async function duplicatePlan(db: DrpDatabase, id: string): Promise<Plan> {
  return db.transaction('rw', planTables(db), async () => {
    const original = await db.plans.get(id);
    if (!original) throw new Error('The plan no longer exists.');
    const now = nowIso();
    const copy = planSchema.parse({
      ...original,
      id: newId(),
      name: copyName(original.name),
      createdAt: now,
      updatedAt: now,
    });
    const systems = await db.systems.where('planId').equals(id).toArray();
    const processes = await db.processes.where('planId').equals(id).toArray();
    const dependencies = await db.dependencies.where('planId').equals(id).toArray();
    const scenarios = await db.scenarios.where('planId').equals(id).toArray();
    const people = await readPeople(db, id);
    const newSystemIds = new Map(systems.map((system) => [system.id, newId()]));
    const newProcessIds = new Map(processes.map((process) => [process.id, newId()]));
    const newScenarioIds = new Map(scenarios.map((scenario) => [scenario.id, newId()]));
    const renew = { planId: copy.id, createdAt: now, updatedAt: now };
    await db.plans.add(copy);
    await db.systems.bulkAdd(
      systems.map((system) =>
        systemSchema.parse({ ...system, ...renew, id: newSystemIds.get(system.id) ?? newId() }),
      ),
    );
    await db.processes.bulkAdd(
      processes.map((process) =>
        processSchema.parse({
          ...process,
          ...renew,
          id: newProcessIds.get(process.id) ?? newId(),
          systemIds: process.systemIds.flatMap((systemId) => newSystemIds.get(systemId) ?? []),
        }),
      ),
    );
    await db.dependencies.bulkAdd(
      // Cascading deletes leave no dependency pointing outside its plan; one that did would be skipped.
      dependencies.flatMap((dependency) => {
        const dependentId =
          newSystemIds.get(dependency.dependentId) ?? newProcessIds.get(dependency.dependentId);
        if (dependentId === undefined) return [];
        const targetIds = dependency.targetIds.flatMap((systemId) => newSystemIds.get(systemId) ?? []);
        return [dependencySchema.parse({ ...dependency, ...renew, id: newId(), dependentId, targetIds })];
      }),
    );
    await db.scenarios.bulkAdd(
      scenarios.map((scenario) =>
        scenarioSchema.parse({
          ...scenario,
          ...renew,
          id: newScenarioIds.get(scenario.id) ?? newId(),
          affectedSystemIds: scenario.affectedSystemIds.flatMap(
            (systemId) => newSystemIds.get(systemId) ?? [],
          ),
        }),
      ),
    );
    await copyPeople(db, people, { renew, systems: newSystemIds, scenarios: newScenarioIds });
    return copy;
  });
}

export async function deletePlan(db: DrpDatabase, id: string): Promise<DeletedPlan> {
  return db.transaction('rw', planTables(db), async () => {
    const plan = await db.plans.get(id);
    if (!plan) throw new Error('The plan no longer exists.');
    const systems = await db.systems.where('planId').equals(id).toArray();
    const processes = await db.processes.where('planId').equals(id).toArray();
    const dependencies = await db.dependencies.where('planId').equals(id).toArray();
    const scenarios = await db.scenarios.where('planId').equals(id).toArray();
    const people = await readPeople(db, id);
    await db.systems.bulkDelete(systems.map((system) => system.id));
    await db.processes.bulkDelete(processes.map((process) => process.id));
    await db.dependencies.bulkDelete(dependencies.map((dependency) => dependency.id));
    await db.scenarios.bulkDelete(scenarios.map((scenario) => scenario.id));
    await db.runbooks.bulkDelete(people.runbooks.map((runbook) => runbook.id));
    await db.contacts.bulkDelete(people.contacts.map((contact) => contact.id));
    await db.teams.bulkDelete(people.teams.map((team) => team.id));
    await db.vendors.bulkDelete(people.vendors.map((vendor) => vendor.id));
    await db.callTrees.delete(id);
    await db.plans.delete(id);
    return { plan, systems, processes, dependencies, scenarios, ...people };
  });
}

export async function restorePlan(db: DrpDatabase, deleted: DeletedPlan): Promise<void> {
  await db.transaction('rw', planTables(db), async () => {
    await db.plans.add(deleted.plan);
    await db.systems.bulkAdd(deleted.systems);
    await db.processes.bulkAdd(deleted.processes);
    await db.dependencies.bulkAdd(deleted.dependencies);
    await db.scenarios.bulkAdd(deleted.scenarios);
    await db.runbooks.bulkAdd(deleted.runbooks);
    await db.contacts.bulkAdd(deleted.contacts);
    await db.teams.bulkAdd(deleted.teams);
    await db.vendors.bulkAdd(deleted.vendors);
    if (deleted.callTree) await db.callTrees.add(deleted.callTree);
  });
}

type People = Pick<DeletedPlan, 'runbooks' | 'contacts' | 'teams' | 'callTree' | 'vendors'>;

/** A plan's runbooks and people: the records of step 4. */
async function readPeople(db: DrpDatabase, planId: string): Promise<People> {
  return {
    runbooks: await db.runbooks.where('planId').equals(planId).toArray(),
    contacts: await db.contacts.where('planId').equals(planId).toArray(),
    teams: await db.teams.where('planId').equals(planId).toArray(),
    callTree: (await db.callTrees.get(planId)) ?? null,
    vendors: await db.vendors.where('planId').equals(planId).toArray(),
  };
}

interface CopyIds {
  renew: { planId: string; createdAt: string; updatedAt: string };
  systems: ReadonlyMap<string, string>;
  scenarios: ReadonlyMap<string, string>;
}

/** Adds copies of the runbooks and people under new ids, every reference between them rewritten. */
async function copyPeople(db: DrpDatabase, people: People, ids: CopyIds): Promise<void> {
  const { renew } = ids;
  const contactIds = new Map(people.contacts.map((contact) => [contact.id, newId()]));
  const teamIds = new Map(people.teams.map((team) => [team.id, newId()]));
  const person = (id: string | null) =>
    id === null ? null : (contactIds.get(id) ?? teamIds.get(id) ?? null);
  await db.contacts.bulkAdd(
    people.contacts.map((contact) =>
      contactSchema.parse({
        ...contact,
        ...renew,
        id: contactIds.get(contact.id),
        alternateId: person(contact.alternateId),
      }),
    ),
  );
  await db.teams.bulkAdd(
    people.teams.map((team) =>
      teamSchema.parse({
        ...team,
        ...renew,
        id: teamIds.get(team.id),
        memberIds: team.memberIds.flatMap((memberId) => contactIds.get(memberId) ?? []),
      }),
    ),
  );
  if (people.callTree) {
    const entries = people.callTree.entries.flatMap((entry) => {
      const contactId = contactIds.get(entry.contactId);
      return contactId === undefined ? [] : [{ ...entry, contactId }];
    });
    await db.callTrees.add(callTreeSchema.parse({ ...people.callTree, ...renew, entries }));
  }
  await db.vendors.bulkAdd(
    people.vendors.map((vendor) =>
      vendorSchema.parse({
        ...vendor,
        ...renew,
        id: newId(),
        systemIds: vendor.systemIds.flatMap((systemId) => ids.systems.get(systemId) ?? []),
      }),
    ),
  );
  await db.runbooks.bulkAdd(
    people.runbooks.flatMap((runbook) => {
      const systemId = ids.systems.get(runbook.systemId);
      if (systemId === undefined) return [];
      return [
        runbookSchema.parse({
          ...runbook,
          ...renew,
          id: newId(),
          systemId,
          scenarioId: runbook.scenarioId === null ? null : (ids.scenarios.get(runbook.scenarioId) ?? null),
          steps: runbook.steps.map((step) => ({
            ...step,
            responsibleId: person(step.responsibleId),
            escalateToId: person(step.escalateToId),
          })),
        }),
      ];
    }),
  );
}

/** Plans, most recently edited first. */
export function listPlans(db: DrpDatabase): Promise<Plan[]> {
  return db.plans.orderBy('updatedAt').reverse().toArray();
}

/** Marks the plan as edited; called inside the transaction of every change to its content. */
export async function touchPlan(db: DrpDatabase, planId: string, now: string): Promise<void> {
  const updated = await db.plans.update(planId, { updatedAt: now });
  if (updated === 0) throw new Error('The plan no longer exists.');
}
