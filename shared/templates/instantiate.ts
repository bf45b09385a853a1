import type { z } from 'zod';
import { dependencySchema, type Dependency } from '../model/dependency';
import {
  DEFAULT_PLAN_SETTINGS,
  newPlanGovernance,
  planSchema,
  type Plan,
  type PlanDetails,
} from '../model/plan';
import { processSchema, type BusinessProcess } from '../model/process';
import { systemSchema, type System } from '../model/system';
import { validate } from '../model/validation';
import type { PlanTemplate, TemplateDependency } from './template';

export interface InstantiatedPlan {
  plan: Plan;
  systems: System[];
  processes: BusinessProcess[];
  dependencies: Dependency[];
}

/**
 * Turns a template into the records of a new plan: fresh ids from `ids`, every
 * record stamped `now`, processes and dependencies linked to systems by name. Pure, so the same
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
    ...newPlanGovernance(),
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

  const processIdByName = new Map<string, string>();
  const processes = template.processes.map((process, position) => {
    if (processIdByName.has(process.name))
      throw new Error(where(`process “${process.name}” is listed twice.`));
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
    const record = checked(processSchema, where(`process “${process.name}”`), {
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
    processIdByName.set(process.name, record.id);
    return record;
  });

  const dependencies = instantiateDependencies(template.dependencies, {
    where,
    ids,
    planId: plan.id,
    stamps,
    systems: idByName,
    processes: processIdByName,
  });

  return { plan, systems, processes, dependencies };
}

interface DependencyContext {
  where: (what: string) => string;
  ids: () => string;
  planId: string;
  stamps: { createdAt: string; updatedAt: string };
  /** Ids by name, as just created. */
  systems: ReadonlyMap<string, string>;
  processes: ReadonlyMap<string, string>;
}

/** The template's dependencies as records, resolved by name; throws like the rest on an inconsistent template. */
function instantiateDependencies(
  dependencies: readonly TemplateDependency[],
  context: DependencyContext,
): Dependency[] {
  const seen = new Set<string>();
  return dependencies.map((dependency) => {
    const kind = dependency.dependentKind ?? 'system';
    const what = `${kind} “${dependency.dependent}”`;
    const dependentId = (kind === 'system' ? context.systems : context.processes).get(dependency.dependent);
    if (dependentId === undefined) {
      const plural = kind === 'system' ? 'systems' : 'processes';
      throw new Error(
        context.where(`a dependency names ${what}, which is not one of the template’s ${plural}.`),
      );
    }
    const targetIds = dependency.targets.map((name) => {
      const id = context.systems.get(name);
      if (id === undefined) {
        throw new Error(
          context.where(`${what} depends on “${name}”, which is not one of the template’s systems.`),
        );
      }
      return id;
    });
    const workaround = dependency.workaround?.trim() ?? '';
    if (dependency.kind === 'degraded' && workaround === '') {
      throw new Error(
        context.where(`${what} works worse without ${quoted(dependency)} but has no workaround.`),
      );
    }
    const key = [dependentId, dependency.kind, ...[...targetIds].sort()].join(' ');
    if (seen.has(key))
      throw new Error(context.where(`the dependency of ${what} on ${quoted(dependency)} is listed twice.`));
    seen.add(key);
    return checked(dependencySchema, context.where(`the dependency of ${what} on ${quoted(dependency)}`), {
      id: context.ids(),
      planId: context.planId,
      dependentId,
      dependentKind: kind,
      kind: dependency.kind,
      targetIds,
      workaround,
      ...context.stamps,
    });
  });
}

function quoted(dependency: TemplateDependency): string {
  return dependency.targets
    .map((name) => `“${name}”`)
    .join(dependency.kind === 'alternatives' ? ' or ' : ', ');
}

function checked<S extends z.ZodType>(schema: S, where: string, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new Error(`${where}: ${result.message}`);
  return result.value;
}
