import { describe, expect, it } from 'vitest';
import { buildGraph, needsOf } from '../../shared/analysis/failure-graph';
import { planFindings } from '../../shared/analysis/findings';
import { processesStoppedBy, processMtd, systemMtd } from '../../shared/analysis/mtd';
import { analysePlan } from '../../shared/analysis/plan-analysis';
import { dependencySchema } from '../../shared/model/dependency';
import { suggestTier } from '../../shared/model/impact';
import { planSchema } from '../../shared/model/plan';
import { processSchema } from '../../shared/model/process';
import { systemSchema } from '../../shared/model/system';
import {
  exampleName,
  instantiateTemplate,
  templateById,
  TEMPLATES,
  type PlanTemplate,
} from '../../shared/templates';
import { healthcareClinic } from '../../shared/templates/healthcare-clinic';
import { onlineRetail } from '../../shared/templates/online-retail';
import { NO_PEOPLE } from '../support/no-people';

const NOW = '2026-03-02T09:00:00.000Z';
const TODAY = '2026-03-02';
const DETAILS = { name: 'Example plan', organisation: 'Example Ltd' };

function counter(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  };
}

const instantiate = (template: PlanTemplate) => instantiateTemplate(template, counter(), NOW, DETAILS);

/** The systems a process needs, directly or through hard needs and alternatives, however deep. */
function reachedBy(plan: ReturnType<typeof instantiate>, processId: string): Set<string> {
  const graph = buildGraph(plan);
  const reached = new Set<string>();
  const queue = [processId];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    const need = needsOf(graph, id);
    for (const target of [...need.hard, ...need.groups.flat()]) {
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return reached;
}

describe('the template list', () => {
  it('offers the four starter plans, each with a unique id and a description of who it fits', () => {
    expect(TEMPLATES.map((template) => template.name)).toEqual([
      'Professional-services office',
      'Online retail',
      'Healthcare clinic',
      'Software / SaaS company',
    ]);
    expect(new Set(TEMPLATES.map((template) => template.id)).size).toBe(TEMPLATES.length);
    for (const template of TEMPLATES) {
      expect(templateById(template.id)).toBe(template);
      expect(template.description.length).toBeGreaterThan(100);
    }
    expect(templateById('no-such-template')).toBeNull();
  });

  it('suggests a plan name that says it is an example', () => {
    expect(exampleName(onlineRetail)).toBe('Online retail (example)');
  });
});

describe.each(TEMPLATES.map((template) => [template.name, template] as const))('%s', (_, template) => {
  it('is a realistic size: 4–6 processes and 8–14 systems, with a Tier 0 foundation', () => {
    expect(template.processes.length).toBeGreaterThanOrEqual(4);
    expect(template.processes.length).toBeLessThanOrEqual(6);
    expect(template.systems.length).toBeGreaterThanOrEqual(8);
    expect(template.systems.length).toBeLessThanOrEqual(14);
    expect(template.systems.some((system) => system.tier === 0)).toBe(true);
  });

  it('instantiates into records that pass the schemas, marked as started from the template', () => {
    const { plan, systems, processes } = instantiate(template);
    expect(planSchema.parse(plan)).toEqual(plan);
    expect(plan).toMatchObject({ ...DETAILS, startedFromTemplate: template.name, createdAt: NOW });
    for (const system of systems) expect(systemSchema.parse(system)).toEqual(system);
    for (const process of processes) expect(processSchema.parse(process)).toEqual(process);
    expect(systems.map((system) => system.name)).toEqual(template.systems.map((system) => system.name));
    expect(systems.map((system) => system.position)).toEqual(systems.map((_, index) => index));
    expect([...systems, ...processes].every((record) => record.planId === plan.id)).toBe(true);
    // Nobody knows the client's restore tests yet.
    expect(systems.every((system) => system.lastRestoreTest === null)).toBe(true);
  });

  it('gives every record its own id', () => {
    const { plan, systems, processes } = instantiate(template);
    const ids = [plan.id, ...systems.map((system) => system.id), ...processes.map((process) => process.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links each process only to systems of the template, by the names it lists', () => {
    const { systems, processes } = instantiate(template);
    const nameOf = new Map(systems.map((system) => [system.id, system.name]));
    for (const [index, process] of processes.entries()) {
      expect(process.systemIds.length).toBeGreaterThan(0);
      expect(process.systemIds.map((id) => nameOf.get(id))).toEqual(template.processes[index]?.systems);
    }
  });

  it('has no system that no process needs, except Tier 0 foundations', () => {
    const instantiated = instantiate(template);
    const needed = new Set(
      instantiated.processes.flatMap((process) => [...reachedBy(instantiated, process.id)]),
    );
    const unused = instantiated.systems.filter((system) => system.tier !== 0 && !needed.has(system.id));
    expect(unused.map((system) => system.name)).toEqual([]);
  });

  it('models good practice: the only findings are the restore tests the client still has to do', () => {
    const { plan, systems, processes, dependencies } = instantiate(template);
    const findings = planFindings({
      mtdThreshold: plan.mtdThreshold,
      systems,
      processes,
      dependencies,
      today: TODAY,
    });
    const unexpected = findings.filter((finding) => finding.code !== 'RESTORE_UNTESTED');
    expect(
      unexpected.map((finding) => `${finding.code}: ${finding.subject.name}: ${finding.message}`),
    ).toEqual([]);
    expect(findings.some((finding) => finding.code === 'RESTORE_UNTESTED')).toBe(true);
  });

  it('derives an MTD for every process from its impact ratings', () => {
    const { plan, processes } = instantiate(template);
    for (const process of processes) {
      expect(processMtd(process, plan.mtdThreshold), process.name).toMatchObject({ source: 'derived' });
      expect(processMtd(process, plan.mtdThreshold).minutes, process.name).not.toBeNull();
    }
  });

  it('rates every cell of every impact grid', () => {
    for (const process of template.processes) {
      expect(Object.values(process.impact).flat(), process.name).not.toContain(null);
    }
  });

  it('gives each system a tier at least as critical as its processes suggest', () => {
    const instantiated = instantiate(template);
    const { plan, systems, processes } = instantiated;
    const stops = processesStoppedBy(buildGraph(instantiated));
    for (const system of systems) {
      const mtd = systemMtd(system, processes, plan.mtdThreshold, stops.get(system.id) ?? new Set());
      const suggested = suggestTier(mtd.minutes);
      if (suggested !== null && system.tier !== null)
        expect(system.tier, system.name).toBeLessThanOrEqual(suggested);
    }
  });

  it('recovers the Tier 0 foundations within the strictest MTD in the plan, since everything needs them', () => {
    const { plan, systems, processes } = instantiate(template);
    const strictest = Math.min(
      ...processes.map((process) => processMtd(process, plan.mtdThreshold).minutes ?? Infinity),
    );
    for (const system of systems.filter((candidate) => candidate.tier === 0)) {
      expect((system.rto ?? Infinity) + (system.wrt ?? 0), system.name).toBeLessThanOrEqual(strictest);
    }
  });

  it('recovers what processes reach only through dependencies within those processes’ MTD', () => {
    // The MTD of a system comes from the processes that list it; these are reached through another system.
    const instantiated = instantiate(template);
    const { plan, systems, processes } = instantiated;
    const reach = new Map(processes.map((process) => [process, reachedBy(instantiated, process.id)]));
    for (const system of systems.filter(
      (candidate) => systemMtd(candidate, processes, plan.mtdThreshold, new Set()).source === 'none',
    )) {
      const strictest = Math.min(
        ...processes
          .filter((process) => reach.get(process)?.has(system.id))
          .map((process) => processMtd(process, plan.mtdThreshold).minutes ?? Infinity),
      );
      expect((system.rto ?? Infinity) + (system.wrt ?? 0), system.name).toBeLessThanOrEqual(strictest);
    }
  });

  it('names an owner role for every process and system', () => {
    expect(template.processes.every((process) => process.owner !== '')).toBe(true);
    expect(template.systems.every((system) => system.owner !== '')).toBe(true);
  });
});

describe.each(TEMPLATES.map((template) => [template.name, template] as const))(
  '%s: dependencies',
  (_, template) => {
    it('instantiates each dependency into a record that passes the schema, resolved by name', () => {
      const { plan, systems, processes, dependencies } = instantiate(template);
      const nameOf = new Map([...systems, ...processes].map((record) => [record.id, record.name]));
      expect(dependencies).toHaveLength(template.dependencies.length);
      dependencies.forEach((dependency, index) => {
        expect(dependencySchema.parse(dependency)).toEqual(dependency);
        expect(dependency).toMatchObject({ planId: plan.id, createdAt: NOW, updatedAt: NOW });
        const listed = template.dependencies[index];
        expect({
          dependent: nameOf.get(dependency.dependentId),
          dependentKind: dependency.dependentKind,
          kind: dependency.kind,
          targets: dependency.targetIds.map((id) => nameOf.get(id)),
        }).toEqual({
          dependent: listed?.dependent,
          dependentKind: listed?.dependentKind ?? 'system',
          kind: listed?.kind,
          targets: listed?.targets,
        });
        const kinds = dependency.dependentKind === 'system' ? systems : processes;
        expect(kinds.some((record) => record.id === dependency.dependentId)).toBe(true);
      });
      const ids = [plan, ...systems, ...processes, ...dependencies].map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('draws a realistic map: 6–12 needs, with a group of alternatives and a degraded need worked around', () => {
      expect(template.dependencies.length).toBeGreaterThanOrEqual(6);
      expect(template.dependencies.length).toBeLessThanOrEqual(12);
      expect(template.dependencies.some((dependency) => dependency.kind === 'alternatives')).toBe(true);
      const degraded = template.dependencies.filter((dependency) => dependency.kind === 'degraded');
      expect(degraded.length).toBeGreaterThan(0);
      for (const dependency of degraded)
        expect(dependency.workaround?.length, dependency.dependent).toBeGreaterThan(40);
    });

    it('names each need once: nothing depends twice on the same system, and a process never repeats its systems list', () => {
      const { systems, processes, dependencies } = instantiate(template);
      const nameOf = new Map([...systems, ...processes].map((record) => [record.id, record.name]));
      const named = new Map<string, string[]>();
      for (const process of processes) named.set(process.id, [...process.systemIds]);
      for (const dependency of dependencies) {
        named.set(dependency.dependentId, [
          ...(named.get(dependency.dependentId) ?? []),
          ...dependency.targetIds,
        ]);
      }
      for (const [dependent, targets] of named) {
        const twice = targets.filter((target, index) => targets.indexOf(target) !== index);
        expect(
          twice.map((id) => nameOf.get(id)),
          dependent,
        ).toEqual([]);
      }
    });

    it('analyses cleanly: no cycle, no RTO its needs cannot meet, several recovery waves', () => {
      const { plan, systems, processes, dependencies } = instantiate(template);
      const analysis = analysePlan({
        ...NO_PEOPLE,
        mtdThreshold: plan.mtdThreshold,
        systems,
        processes,
        dependencies,
        today: TODAY,
      });
      const codes = new Set(analysis.findings.map((finding) => finding.code));
      expect(codes.has('DEPENDENCY_CYCLE')).toBe(false);
      expect(codes.has('RTO_DEPENDENCY_CONFLICT')).toBe(false);
      expect(analysis.cycles).toEqual([]);
      // Every system has its place in the order, and some wait for others.
      expect(analysis.systems.every((system) => system.wave !== null)).toBe(true);
      expect(analysis.waves.length).toBeGreaterThan(1);
      // Beyond the restore tests, runbooks and exercises still to do, the only findings are the single
      // points of failure the template leaves.
      const expected = new Set(['RESTORE_UNTESTED', 'SPOF', 'MISSING_RUNBOOK', 'EXERCISE_OVERDUE']);
      expect([...codes].filter((code) => !expected.has(code))).toEqual([]);
      for (const spof of analysis.spofs) {
        expect(systems.find((system) => system.id === spof.id)?.redundancy.mode).toBe('none');
      }
    });
  },
);

describe('what the dependencies show', () => {
  const analyse = (template: PlanTemplate) => {
    const { plan, systems, processes, dependencies } = instantiate(template);
    const analysis = analysePlan({
      ...NO_PEOPLE,
      mtdThreshold: plan.mtdThreshold,
      systems,
      processes,
      dependencies,
      today: TODAY,
    });
    const nameOf = new Map(systems.map((system) => [system.id, system.name]));
    return {
      spofs: analysis.spofs.map((spof) => nameOf.get(spof.id)),
      wave: (name: string) => analysis.systems.find((system) => system.name === name)?.wave,
    };
  };

  it('the shop’s checkout waits for its database and DNS, and either payment provider is enough', () => {
    const { spofs, wave } = analyse(onlineRetail);
    expect(wave('Online storefront')).toBe(2);
    expect(wave('Order and customer database')).toBe(1);
    // The backup provider has no redundancy of its own, and needs none: it is the main one's alternative.
    expect(spofs).not.toContain('Backup payment provider');
  });

  it('the clinic recovers the record before prescribing, booking and results', () => {
    const { spofs, wave } = analyse(healthcareClinic);
    expect(wave('Electronic health record (EHR)')).toBe(1);
    for (const name of [
      'Electronic prescribing',
      'Online appointment booking',
      'Lab results and referrals messaging',
    ])
      expect(wave(name), name).toBe(2);
    expect(spofs).toContain('Electronic prescribing');
    expect(spofs).not.toContain('Practice mobile phone');
  });
});

describe('instantiateTemplate refuses an inconsistent template', () => {
  const base = healthcareClinic;
  const [firstSystem, secondSystem] = base.systems;
  const [firstProcess] = base.processes;
  if (!firstSystem || !secondSystem || !firstProcess) throw new Error('The clinic template is empty');

  it('names the process and the unknown system', () => {
    const broken: PlanTemplate = {
      ...base,
      processes: [{ ...firstProcess, name: 'Consultations', systems: ['Fax machine'] }],
    };
    expect(() => instantiate(broken)).toThrow(
      'Template “Healthcare clinic”, process “Consultations” needs “Fax machine”, which is not one of the template’s systems.',
    );
  });

  it('refuses two systems with the same name, since links would be ambiguous', () => {
    const twice: PlanTemplate = { ...base, systems: [firstSystem, secondSystem, firstSystem] };
    expect(() => instantiate(twice)).toThrow(/system “.+” is listed twice/);
  });

  it('says which record fails its schema and why', () => {
    const bad: PlanTemplate = { ...base, systems: [{ ...firstSystem, name: 'Router', rto: -5 }] };
    expect(() => instantiate(bad)).toThrow(
      'Template “Healthcare clinic”, system “Router”: rto: RTO cannot be negative',
    );
  });

  it('names the dependency and the system that does not resolve', () => {
    const target: PlanTemplate = {
      ...base,
      dependencies: [{ dependent: 'Electronic prescribing', kind: 'hard', targets: ['Fax machine'] }],
    };
    expect(() => instantiate(target)).toThrow(
      'Template “Healthcare clinic”, system “Electronic prescribing” depends on “Fax machine”, which is not one of the template’s systems.',
    );
    const dependent: PlanTemplate = {
      ...base,
      dependencies: [
        { dependent: 'Home visits', dependentKind: 'process', kind: 'hard', targets: ['Backup service'] },
      ],
    };
    expect(() => instantiate(dependent)).toThrow(
      'Template “Healthcare clinic”, a dependency names process “Home visits”, which is not one of the template’s processes.',
    );
    // A process's name is not a system's: the kind decides where the name is looked up.
    const wrongKind: PlanTemplate = {
      ...base,
      dependencies: [{ dependent: firstProcess.name, kind: 'hard', targets: ['Backup service'] }],
    };
    expect(() => instantiate(wrongKind)).toThrow(
      /a dependency names system “.+”, which is not one of the template’s systems/,
    );
  });

  it('refuses a degraded need without a workaround, a need listed twice, and a need the schema refuses', () => {
    const need = { dependent: 'Telephone system', targets: ['Practice mobile phone'] };
    const noWorkaround: PlanTemplate = {
      ...base,
      dependencies: [{ ...need, kind: 'degraded', workaround: ' ' }],
    };
    expect(() => instantiate(noWorkaround)).toThrow(
      'Template “Healthcare clinic”, system “Telephone system” works worse without “Practice mobile phone” but has no workaround.',
    );
    const twice: PlanTemplate = {
      ...base,
      dependencies: [
        { ...need, kind: 'hard' },
        { ...need, kind: 'hard' },
      ],
    };
    expect(() => instantiate(twice)).toThrow(
      /dependency of system “Telephone system” on “Practice mobile phone” is listed twice/,
    );
    const lonely: PlanTemplate = { ...base, dependencies: [{ ...need, kind: 'alternatives' }] };
    expect(() => instantiate(lonely)).toThrow(
      'Template “Healthcare clinic”, the dependency of system “Telephone system” on “Practice mobile phone”: targetIds: Alternatives need at least two systems, any one of which is enough',
    );
  });

  it('refuses plan details the plan schema refuses', () => {
    expect(() => instantiateTemplate(base, counter(), NOW, { name: ' ', organisation: '' })).toThrow(
      'Plan name is required',
    );
  });
});
