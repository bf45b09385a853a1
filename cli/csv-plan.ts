import { planSnapshotSchema, type PlanSnapshot } from '../shared/bundle/snapshot';
import type { ImportRow } from '../shared/import/systems-csv-import';
import { DEFAULT_PLAN_SETTINGS, newPlanGovernance, PLAN_NAME_MAX } from '../shared/model/plan';

/**
 * A new plan holding the systems a CSV import accepted, in file order, as
 * the app's import dialog would add them to an empty plan. Validated whole,
 * references included, before anything is written.
 */
export function planFromCsvRows(
  rows: readonly ImportRow[],
  options: { name: string; newId: () => string; now: string },
): PlanSnapshot {
  const stamps = { createdAt: options.now, updatedAt: options.now };
  const planId = options.newId();
  return planSnapshotSchema.parse({
    plan: {
      id: planId,
      name: options.name,
      organisation: '',
      ...DEFAULT_PLAN_SETTINGS,
      ...newPlanGovernance(),
      startedFromTemplate: null,
      ...stamps,
    },
    systems: rows.map((row, position) => ({
      ...row.values,
      id: options.newId(),
      planId,
      position,
      ...stamps,
    })),
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

/** "systems-import.csv" → "systems-import"; a plan name must not be empty or too long. */
export function planNameFromFile(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? '';
  const name = file.replace(/\.[^.]*$/, '').trim();
  return (name === '' ? 'Imported systems' : name).slice(0, PLAN_NAME_MAX);
}
