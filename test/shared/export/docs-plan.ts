import { analysePlan, type PlanAnalysis } from '../../../shared/analysis/plan-analysis';
import { planSnapshotSchema, type PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { DocumentInput } from '../../../shared/export/document/document-meta';
import { newContactDefaults } from '../../../shared/model/contact';
import { newRunbookDefaults, newStepDefaults } from '../../../shared/model/runbook';
import { newTeamDefaults } from '../../../shared/model/team';
import { instantiateTemplate, TEMPLATES } from '../../../shared/templates';
import { saasCompany } from '../../../shared/templates/saas-company';
import { SAMPLE_NOW, sequentialIds, UNICODE_NAME } from '../../support/sample-plan';

export const HASH = '0123456789abcdef'.repeat(4);
/** A name that would be live markup in HTML, Markdown and Mermaid, and a formula in a spreadsheet. */
export const HOSTILE_NAME = '<script>alert("x")</script> & [link](https://evil.example) | `#1`';
export const FORMULA_NAME = '=HYPERLINK("https://evil.example","Click")';

export function analyse(snapshot: PlanSnapshot): PlanAnalysis {
  return analysePlan({
    lastApprovedAt: null,
    ...snapshot,
    mtdThreshold: snapshot.plan.mtdThreshold,
    today: '2026-11-23',
  });
}

export function documentInput(snapshot: PlanSnapshot): DocumentInput {
  return { snapshot, analysis: analyse(snapshot), contentHash: HASH, generatedAt: SAMPLE_NOW };
}

/** Every template as a plain plan: systems, processes and dependencies, nobody and no runbooks yet. */
export function templatePlans(): PlanSnapshot[] {
  return TEMPLATES.map((template) => {
    const base = instantiateTemplate(template, sequentialIds(), SAMPLE_NOW, {
      name: template.name,
      organisation: '',
    });
    return planSnapshotSchema.parse({
      ...base,
      scenarios: [],
      runbooks: [],
      contacts: [],
      teams: [],
      callTree: null,
      vendors: [],
      exercises: [],
      workshop: null,
      revisions: [],
    });
  });
}

/**
 * A plan with people at work: the SaaS template, two roles and a team with
 * lines of succession, a three-level call tree with alternates, and runbooks
 * on three systems whose steps name roles, a team, a person and free text.
 * One system has a hostile name, one a formula.
 */
export function peoplePlan(): PlanSnapshot {
  const ids = sequentialIds();
  const stamps = { createdAt: SAMPLE_NOW, updatedAt: SAMPLE_NOW };
  const base = instantiateTemplate(saasCompany, ids, SAMPLE_NOW, {
    name: `Plan for ${UNICODE_NAME}`,
    organisation: 'Ærøskøbing Cloud ApS',
  });
  const planId = base.plan.id;
  const own = { planId, ...stamps };
  const systems = base.systems.map((system, index) =>
    index === 1
      ? { ...system, name: HOSTILE_NAME }
      : index === 2
        ? { ...system, name: FORMULA_NAME }
        : system,
  );
  const [first, second, third] = systems;
  if (!first || !second || !third) throw new Error('The template has fewer than three systems');

  const contact = (position: number, name: string, number: string, extra = {}) => ({
    id: ids(),
    ...own,
    position,
    ...newContactDefaults(name),
    phones: [{ id: ids(), label: 'Mobile', number }],
    lastVerified: '2026-10-01',
    ...extra,
  });
  const anna = contact(0, 'Anna Łukasiewicz', '+45 20 30 40 50');
  const bjorn = contact(1, 'Bjørn Ødegård', '+47 22 33 44 55', { alternateId: anna.id });
  const carl = contact(2, 'Carl Zürcher', '+41 44 555 66 77');
  const dora = contact(3, 'Dóra Szabó', '+36 1 234 5678');
  const carlWithAlternate = { ...carl, alternateId: dora.id };

  const coordinator = {
    id: ids(),
    ...own,
    position: 0,
    ...newTeamDefaults('DR coordinator'),
    responsibilities: 'Decides that this is a disaster and activates the plan.',
    memberIds: [anna.id, bjorn.id],
  };
  const itTeam = {
    id: ids(),
    ...own,
    position: 1,
    ...newTeamDefaults('IT recovery team', 'team'),
    memberIds: [carl.id, dora.id],
  };
  const comms = { id: ids(), ...own, position: 2, ...newTeamDefaults('Communications lead') };

  const step = (title: string, extra = {}) => ({ id: ids(), ...newStepDefaults(title), ...extra });
  const declare = step('Declare the disaster', { responsibleId: coordinator.id, estimatedMinutes: 10 });
  const restore = step('Restore the database from last night', {
    responsibleId: itTeam.id,
    estimatedMinutes: 90,
    waitsFor: [declare.id],
    instructions: 'Open the backup console.\nPick last night’s snapshot.\n- not a list item\n# not a heading',
    verify: 'Row counts match the backup report.',
    onFailure: 'Restore the snapshot before it.',
    escalateToId: coordinator.id,
  });
  const check = step('Check the application', {
    responsibleId: dora.id,
    estimatedMinutes: 20,
    waitsFor: [restore.id],
  });
  const tell = step('Tell customers', { responsible: 'Support desk on duty', estimatedMinutes: null });
  const runbook = (system: { id: string; name: string }, steps: object[], extra = {}) => ({
    id: ids(),
    ...own,
    systemId: system.id,
    ...newRunbookDefaults(`Recover ${system.name}`),
    steps,
    ...extra,
  });
  const runbooks = [
    runbook(first, [declare, restore, check, tell], {
      activation: {
        criteria: 'The database has not answered for 15 minutes.',
        whoMayActivate: 'DR coordinator',
      },
      notification: 'Tell the service desk.',
      validationTests: [
        { id: ids(), procedure: 'Place a test order', expected: 'The order appears in the back office' },
        { id: ids(), procedure: 'Log in as a customer', expected: '' },
      ],
      returnToNormal: 'Switch traffic back.\n\nWatch the error rate for an hour.',
      rollback: '<b>Fail back</b> to the old primary & stop.',
    }),
    runbook(second, [step('Restart the service', { responsibleId: carl.id, estimatedMinutes: 5 })], {
      startsCallTree: false,
    }),
    runbook(third, [step('Check the formula', { responsibleId: itTeam.id, estimatedMinutes: 5 })], {
      startsCallTree: false,
    }),
  ];

  const annaCall = ids();
  const carlCall = ids();
  const callTree = {
    planId,
    entries: [
      { id: annaCall, contactId: anna.id, callerId: null, escalateAfterMinutes: 10 },
      { id: ids(), contactId: bjorn.id, callerId: annaCall, escalateAfterMinutes: 15 },
      { id: carlCall, contactId: carl.id, callerId: annaCall, escalateAfterMinutes: 5 },
      { id: ids(), contactId: dora.id, callerId: carlCall, escalateAfterMinutes: null },
    ],
    ...stamps,
  };
  return planSnapshotSchema.parse({
    plan: base.plan,
    systems,
    processes: base.processes,
    dependencies: base.dependencies,
    scenarios: [],
    runbooks,
    contacts: [anna, bjorn, carlWithAlternate, dora],
    teams: [coordinator, itTeam, comms],
    callTree,
    vendors: [],
    exercises: [],
    workshop: null,
    revisions: [],
  });
}
