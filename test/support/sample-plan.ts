import { planSnapshotSchema, type PlanSnapshot } from '../../shared/bundle/snapshot';
import { newContactDefaults } from '../../shared/model/contact';
import { newRunbookDefaults, newStepDefaults } from '../../shared/model/runbook';
import { newScenarioDefaults } from '../../shared/model/scenario';
import { newTeamDefaults } from '../../shared/model/team';
import { newVendorDefaults } from '../../shared/model/vendor';
import { onlineRetail } from '../../shared/templates/online-retail';
import { instantiateTemplate } from '../../shared/templates/instantiate';

/** Deterministic ids: valid v4 UUIDs numbered from 1, so snapshots (and their hashes) repeat. */
export function sequentialIds(start = 1): () => string {
  let next = start;
  return () => `00000000-0000-4000-8000-${(next++).toString(16).padStart(12, '0')}`;
}

export const SAMPLE_NOW = '2026-11-23T09:00:00.000Z';
/** A name no built-in PDF font can print: the Unicode check of every export. */
export const UNICODE_NAME = 'Zürich – Łódź – Ærøskøbing';

/**
 * A plan with every kind of record in it: the online-retail template's systems,
 * processes and dependencies, plus a scenario, two contacts, a role, a call
 * tree, a vendor and a runbook. Exporter and bundle tests start from this.
 */
export function samplePlan(): PlanSnapshot {
  const ids = sequentialIds();
  const stamps = { createdAt: SAMPLE_NOW, updatedAt: SAMPLE_NOW };
  const base = instantiateTemplate(onlineRetail, ids, SAMPLE_NOW, {
    name: `Plan for ${UNICODE_NAME}`,
    organisation: 'Ærøskøbing Trading ApS',
  });
  const planId = base.plan.id;
  const [first, second] = base.systems;
  if (!first || !second) throw new Error('The template has fewer than two systems');
  const own = { planId, ...stamps };

  const anna = {
    id: ids(),
    ...own,
    position: 0,
    ...newContactDefaults('Anna Łukasiewicz'),
    title: 'Operations director',
    phones: [{ id: ids(), label: 'Mobile', number: '+45 20 30 40 50' }],
    email: 'anna@example.com',
    lastVerified: '2026-10-01',
  };
  const bjorn = {
    id: ids(),
    ...own,
    position: 1,
    ...newContactDefaults('Bjørn Ødegård'),
    title: 'IT contractor',
    phones: [{ id: ids(), label: 'Office', number: '+47 22 33 44 55' }],
    alternateId: anna.id,
    lastVerified: null,
  };
  const coordinator = {
    id: ids(),
    ...own,
    position: 0,
    ...newTeamDefaults('DR coordinator'),
    memberIds: [anna.id, bjorn.id],
  };
  const scenario = {
    id: ids(),
    ...own,
    starterId: null,
    position: 0,
    ...newScenarioDefaults('Hosting provider outage in Zürich'),
    likelihood: 2,
    impact: 5,
    affectedSystemIds: [first.id],
  };
  const stepOne = { id: ids(), ...newStepDefaults('Confirm the outage'), estimatedMinutes: 15 };
  const stepTwo = {
    id: ids(),
    ...newStepDefaults('Fail over DNS'),
    responsibleId: coordinator.id,
    estimatedMinutes: 30,
    waitsFor: [stepOne.id],
  };
  const runbook = {
    id: ids(),
    ...own,
    systemId: first.id,
    ...newRunbookDefaults(`Recover ${first.name}`),
    scenarioId: scenario.id,
    startsCallTree: true,
    steps: [stepOne, stepTwo],
  };
  const vendor = {
    id: ids(),
    ...own,
    position: 0,
    ...newVendorDefaults('Łódź Hosting Sp. z o.o.'),
    service: 'Hosting of the web shop',
    slaRestoreMinutes: 8 * 60,
    systemIds: [first.id, second.id],
  };
  const annaCall = ids();
  const callTree = {
    planId,
    entries: [
      { id: annaCall, contactId: anna.id, callerId: null, escalateAfterMinutes: 10 },
      { id: ids(), contactId: bjorn.id, callerId: annaCall, escalateAfterMinutes: null },
    ],
    ...stamps,
  };
  return planSnapshotSchema.parse({
    plan: base.plan,
    systems: base.systems,
    processes: base.processes,
    dependencies: base.dependencies,
    scenarios: [scenario],
    runbooks: [runbook],
    contacts: [anna, bjorn],
    teams: [coordinator],
    callTree,
    vendors: [vendor],
    exercises: [],
    workshop: null,
    revisions: [],
  });
}
