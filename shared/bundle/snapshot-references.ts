import type { z } from 'zod';

/**
 * The cross-record rules a schema of single records cannot see: every record
 * belongs to the snapshot's plan, ids are unique, and every reference points
 * at a record of the right kind inside the same snapshot. A bundle that breaks
 * one would put a dangling id in the database, which no screen expects.
 */

type Path = (string | number)[];
interface IdRecord {
  id: string;
  planId: string;
}
interface SnapshotForReferences {
  plan: { id: string };
  systems: readonly IdRecord[];
  processes: readonly (IdRecord & { systemIds: readonly string[] })[];
  dependencies: readonly (IdRecord & { dependentId: string; targetIds: readonly string[] })[];
  scenarios: readonly (IdRecord & { affectedSystemIds: readonly string[] })[];
  runbooks: readonly (IdRecord & {
    systemId: string;
    scenarioId: string | null;
    steps: readonly { responsibleId: string | null; escalateToId: string | null }[];
  })[];
  contacts: readonly (IdRecord & { alternateId: string | null })[];
  teams: readonly (IdRecord & { memberIds: readonly string[] })[];
  callTree: { planId: string; entries: readonly { contactId: string }[] } | null;
  vendors: readonly (IdRecord & { systemIds: readonly string[] })[];
  exercises: readonly (IdRecord & { systemIds: readonly string[]; scenarioId: string | null })[];
  workshop: { planId: string } | null;
  /** Only in a whole snapshot: a revision's frozen content has none. */
  revisions?: readonly (IdRecord & { number: number })[];
}

export function checkSnapshotReferences(snapshot: SnapshotForReferences, context: z.RefinementCtx): void {
  const problem = (path: Path, message: string) => {
    context.addIssue({ code: 'custom', path, message });
  };
  const planId = snapshot.plan.id;
  const idsOf = (list: string, records: readonly IdRecord[]) => {
    const ids = new Set<string>();
    records.forEach((record, index) => {
      if (ids.has(record.id)) problem([list, index, 'id'], `The id ${record.id} is used twice`);
      ids.add(record.id);
      if (record.planId !== planId) problem([list, index, 'planId'], 'belongs to another plan');
    });
    return ids;
  };
  const systems = idsOf('systems', snapshot.systems);
  const processes = idsOf('processes', snapshot.processes);
  idsOf('dependencies', snapshot.dependencies);
  const scenarios = idsOf('scenarios', snapshot.scenarios);
  idsOf('runbooks', snapshot.runbooks);
  const contacts = idsOf('contacts', snapshot.contacts);
  const teams = idsOf('teams', snapshot.teams);
  idsOf('vendors', snapshot.vendors);
  idsOf('exercises', snapshot.exercises);

  const expect = (ids: ReadonlySet<string>, what: string, id: string | null, path: Path) => {
    if (id !== null && !ids.has(id)) problem(path, `refers to ${what} ${id}, which is not in the plan`);
  };
  const expectAll = (ids: ReadonlySet<string>, what: string, list: readonly string[], path: Path) => {
    list.forEach((id, index) => {
      expect(ids, what, id, [...path, index]);
    });
  };
  const people = new Set([...contacts, ...teams]);

  snapshot.processes.forEach((process, index) => {
    expectAll(systems, 'system', process.systemIds, ['processes', index, 'systemIds']);
  });
  snapshot.dependencies.forEach((dependency, index) => {
    const dependent = systems.has(dependency.dependentId) || processes.has(dependency.dependentId);
    if (!dependent) {
      problem(
        ['dependencies', index, 'dependentId'],
        `refers to system or process ${dependency.dependentId}, which is not in the plan`,
      );
    }
    expectAll(systems, 'system', dependency.targetIds, ['dependencies', index, 'targetIds']);
  });
  snapshot.scenarios.forEach((scenario, index) => {
    expectAll(systems, 'system', scenario.affectedSystemIds, ['scenarios', index, 'affectedSystemIds']);
  });
  snapshot.runbooks.forEach((runbook, index) => {
    expect(systems, 'system', runbook.systemId, ['runbooks', index, 'systemId']);
    expect(scenarios, 'scenario', runbook.scenarioId, ['runbooks', index, 'scenarioId']);
    runbook.steps.forEach((step, stepIndex) => {
      const path = ['runbooks', index, 'steps', stepIndex];
      expect(people, 'role, team or contact', step.responsibleId, [...path, 'responsibleId']);
      expect(people, 'role, team or contact', step.escalateToId, [...path, 'escalateToId']);
    });
  });
  snapshot.contacts.forEach((contact, index) => {
    expect(contacts, 'contact', contact.alternateId, ['contacts', index, 'alternateId']);
  });
  snapshot.teams.forEach((team, index) => {
    expectAll(contacts, 'contact', team.memberIds, ['teams', index, 'memberIds']);
  });
  if (snapshot.callTree) {
    if (snapshot.callTree.planId !== planId) problem(['callTree', 'planId'], 'belongs to another plan');
    snapshot.callTree.entries.forEach((entry, index) => {
      expect(contacts, 'contact', entry.contactId, ['callTree', 'entries', index, 'contactId']);
    });
  }
  snapshot.vendors.forEach((vendor, index) => {
    expectAll(systems, 'system', vendor.systemIds, ['vendors', index, 'systemIds']);
  });
  // An exercise's scope must resolve; its step runs copy what they name, so they need not.
  snapshot.exercises.forEach((exercise, index) => {
    expectAll(systems, 'system', exercise.systemIds, ['exercises', index, 'systemIds']);
    expect(scenarios, 'scenario', exercise.scenarioId, ['exercises', index, 'scenarioId']);
  });
  if (snapshot.workshop && snapshot.workshop.planId !== planId) {
    problem(['workshop', 'planId'], 'belongs to another plan');
  }
  if (snapshot.revisions) {
    idsOf('revisions', snapshot.revisions);
    const numbers = new Set<number>();
    snapshot.revisions.forEach((revision, index) => {
      if (numbers.has(revision.number)) {
        problem(['revisions', index, 'number'], `Revision ${revision.number} is listed twice`);
      }
      numbers.add(revision.number);
    });
  }
}
