import type { z } from 'zod';
import { DEFAULT_PLAN_SETTINGS, planSchema, type Plan, type PlanDetails } from '../model/plan';
import { processSchema, type BusinessProcess } from '../model/process';
import { systemSchema, type System } from '../model/system';
import { validate } from '../model/validation';
import type { PlanTemplate } from './template';

export interface InstantiatedPlan {
  plan: Plan;
  systems: System[];
  processes: BusinessProcess[];
}

/**
 * Turns a template into the records of a new plan: fresh ids from `ids`, every
 * record stamped `now`, processes linked to systems by name. Pure, so the same
 * call backs the app, the tests and a later command line. Throws, naming the
 * template and the record, if the template is inconsistent: that is a bug in
 * the template, never something a user can cause.
 */
export function instantiateTemplate(
  template: PlanTemplate,
  ids: () => string,
  now: string,
  details: PlanDetails,
): InstantiatedPlan {
  const where = (what: string) => `Template “${template.name}”, ${what}`;
  const stamps = { createdAt: now, updatedAt: now };

  const plan = checked(planSchema, where('plan'), {
    id: ids(),
    ...details,
    ...DEFAULT_PLAN_SETTINGS,
    startedFromTemplate: template.name,
    ...stamps,
  });

  const idByName = new Map<string, string>();
  const systems = template.systems.map((system, position) => {
    if (idByName.has(system.name)) throw new Error(where(`system “${system.name}” is listed twice.`));
    const record = checked(systemSchema, where(`system “${system.name}”`), {
      id: ids(),
      planId: plan.id,
      ...system,
      mtdOverride: null,
      mtdOverrideReason: '',
      lastRestoreTest: null,
      position,
      ...stamps,
    });
    idByName.set(system.name, record.id);
    return record;
  });

  const processNames = new Set<string>();
  const processes = template.processes.map((process, position) => {
    if (processNames.has(process.name)) throw new Error(where(`process “${process.name}” is listed twice.`));
    processNames.add(process.name);
    const { systems: needs, ...fields } = process;
    const systemIds = needs.map((name) => {
      const id = idByName.get(name);
      if (id === undefined) {
        throw new Error(
          where(`process “${process.name}” needs “${name}”, which is not one of the template’s systems.`),
        );
      }
      return id;
    });
    return checked(processSchema, where(`process “${process.name}”`), {
      id: ids(),
      planId: plan.id,
      ...fields,
      systemIds,
      mtdOverride: null,
      mtdOverrideReason: '',
      tierOverride: null,
      position,
      ...stamps,
    });
  });

  return { plan, systems, processes };
}

function checked<S extends z.ZodType>(schema: S, where: string, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new Error(`${where}: ${result.message}`);
  return result.value;
}
