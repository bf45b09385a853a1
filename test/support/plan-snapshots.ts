import { planSnapshotSchema, type PlanSnapshot } from '../../shared/bundle/snapshot';
import { newSystemDefaults, TIERS } from '../../shared/model/system';
import { DEFAULT_PLAN_SETTINGS, newPlanGovernance } from '../../shared/model/plan';
import { instantiateTemplate, type PlanTemplate } from '../../shared/templates';
import { SAMPLE_NOW, sequentialIds } from './sample-plan';

const stamps = { createdAt: SAMPLE_NOW, updatedAt: SAMPLE_NOW };

/** A plan straight from a template: systems, processes and dependencies, nobody and no runbooks yet. */
export function templatePlan(template: PlanTemplate): PlanSnapshot {
  const base = instantiateTemplate(template, sequentialIds(), SAMPLE_NOW, {
    name: `${template.name} (example)`,
    organisation: 'Example Ltd',
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
}

/** A plan with a name and nothing else: every section must still say honestly what is missing. */
export function emptyPlan(): PlanSnapshot {
  return planSnapshotSchema.parse({
    plan: {
      id: sequentialIds()(),
      name: 'Empty plan',
      organisation: '',
      ...DEFAULT_PLAN_SETTINGS,
      ...newPlanGovernance(),
      startedFromTemplate: null,
      ...stamps,
    },
    systems: [],
    processes: [],
    dependencies: [],
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
}

/** `count` systems, each needing the one before, in five tiers: tables that run over many pages. */
export function largePlan(count: number): PlanSnapshot {
  const ids = sequentialIds();
  const planId = ids();
  const systems = Array.from({ length: count }, (_, index) => ({
    id: ids(),
    planId,
    ...newSystemDefaults(`System ${String(index + 1).padStart(3, '0')}`),
    owner: `Owner ${index % 7}`,
    description: 'A system of the large test plan, described in a sentence long enough to wrap in its cell.',
    tier: TIERS[index % TIERS.length] ?? null,
    rto: 60 * (1 + (index % 5)),
    position: index,
    ...stamps,
  }));
  const dependencies = systems.slice(1).map((system, index) => ({
    id: ids(),
    planId,
    dependentId: system.id,
    dependentKind: 'system',
    kind: 'hard',
    targetIds: [systems[Math.floor(index / 4)]?.id],
    workaround: '',
    ...stamps,
  }));
  return planSnapshotSchema.parse({
    plan: {
      id: planId,
      name: `Large plan with ${count} systems`,
      organisation: 'Big Org',
      ...DEFAULT_PLAN_SETTINGS,
      ...newPlanGovernance(),
      startedFromTemplate: null,
      ...stamps,
    },
    systems,
    processes: [],
    dependencies,
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
}
