import { describe, expect, it } from 'vitest';
import { planFindings } from '../../shared/analysis/findings';
import { processMtd, systemMtd } from '../../shared/analysis/mtd';
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

  it('has no system that supports no process, except Tier 0 foundations', () => {
    const { systems, processes } = instantiate(template);
    const unused = systems.filter(
      (system) => system.tier !== 0 && !processes.some((process) => process.systemIds.includes(system.id)),
    );
    expect(unused.map((system) => system.name)).toEqual([]);
  });

  it('models good practice: the only findings are the restore tests the client still has to do', () => {
    const { plan, systems, processes } = instantiate(template);
    const findings = planFindings({ mtdThreshold: plan.mtdThreshold, systems, processes, today: TODAY });
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
    const { plan, systems, processes } = instantiate(template);
    for (const system of systems) {
      const suggested = suggestTier(systemMtd(system, processes, plan.mtdThreshold).minutes);
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

  it('names an owner role for every process and system', () => {
    expect(template.processes.every((process) => process.owner !== '')).toBe(true);
    expect(template.systems.every((system) => system.owner !== '')).toBe(true);
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

  it('refuses plan details the plan schema refuses', () => {
    expect(() => instantiateTemplate(base, counter(), NOW, { name: ' ', organisation: '' })).toThrow(
      'Plan name is required',
    );
  });
});
