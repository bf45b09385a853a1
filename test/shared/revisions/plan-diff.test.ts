import { describe, expect, it } from 'vitest';
import { formatOptionalDuration } from '../../../shared/model/duration';
import { contentOf, type PlanContent } from '../../../shared/bundle/snapshot';
import { diffPlans, type DiffGroupKind } from '../../../shared/revisions/plan-diff';
import { samplePlan } from '../../support/sample-plan';

const base = (): PlanContent => contentOf(samplePlan());

function group(before: PlanContent, after: PlanContent, kind: DiffGroupKind) {
  return diffPlans(before, after).groups.find((g) => g.kind === kind)?.entries ?? [];
}

function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('empty');
  return item;
}

describe('diffPlans', () => {
  it('finds nothing between a plan and itself', () => {
    expect(diffPlans(base(), base())).toEqual({ groups: [], count: 0 });
  });

  it('systems: added (with its objectives), removed, changed field by field', () => {
    const before = base();
    const [one, two, ...rest] = before.systems;
    if (!one || !two) throw new Error('sample');
    const added = {
      ...one,
      id: '00000000-0000-4000-8000-00000000ffff',
      name: 'New box',
      rto: 60,
      dependencies: [],
    };
    const after = { ...before, systems: [{ ...one, owner: 'Kim' }, added, ...rest] };
    const entries = group(before, after, 'systems');
    expect(entries.map((e) => [e.change, e.name])).toEqual([
      ['changed', one.name],
      ['added', 'New box'],
      ['removed', two.name],
    ]);
    expect(first(entries).fields).toEqual([{ field: 'Owner', before: one.owner || 'not set', after: 'Kim' }]);
    expect(entries[1]?.fields).toContainEqual({ field: 'RTO', before: '', after: '1 h' });
  });

  it('objectives: RTO, RPO, WRT, MTD override and tier before → after, only for systems in both', () => {
    const before = base();
    const system = first(before.systems);
    const changed = { ...system, rto: 120, rpo: 15, wrt: 30, mtdOverride: 1440, tier: 0 as const };
    const after = { ...before, systems: [changed, ...before.systems.slice(1)] };
    const entry = first(group(before, after, 'objectives'));
    expect(entry).toMatchObject({ change: 'changed', name: system.name });
    expect(entry.fields.map((f) => f.field)).toEqual(
      ['Tier', 'RTO', 'RPO', 'WRT', 'MTD override'].filter(
        (field) =>
          !(field === 'Tier' && system.tier === 0) &&
          !(field === 'RTO' && system.rto === 120) &&
          !(field === 'RPO' && system.rpo === 15) &&
          !(field === 'WRT' && system.wrt === 30) &&
          !(field === 'MTD override' && system.mtdOverride === 1440),
      ),
    );
    expect(entry.fields).toContainEqual({
      field: 'RTO',
      before: formatOptionalDuration(system.rto),
      after: '2 h',
    });
  });

  it('dependencies: added, removed, changed, named by what needs what', () => {
    const before = base();
    const [dep, ...others] = before.dependencies;
    if (!dep) throw new Error('sample');
    const after = { ...before, dependencies: [{ ...dep, workaround: 'Paper forms' }] };
    const entries = group(before, after, 'dependencies');
    expect(first(entries)).toMatchObject({
      change: 'changed',
      fields: [{ field: 'Workaround', after: 'Paper forms' }],
    });
    expect(entries.filter((e) => e.change === 'removed')).toHaveLength(others.length);
    const added = group(after, before, 'dependencies').filter((e) => e.change === 'added');
    expect(added).toHaveLength(others.length);
    expect(first(added).name).toMatch(/ needs | works worse without | needs one of /);
  });

  it('runbook steps: added, removed, changed, reordered; runbooks added and removed', () => {
    const before = base();
    const runbook = first(before.runbooks);
    const [stepOne, stepTwo] = runbook.steps;
    if (!stepOne || !stepTwo) throw new Error('sample');
    const stepThree = {
      ...stepOne,
      id: '00000000-0000-4000-8000-00000000eeee',
      title: 'Check',
      waitsFor: [],
    };
    const after = {
      ...before,
      runbooks: [
        {
          ...runbook,
          steps: [{ ...stepTwo, waitsFor: [] }, { ...stepOne, estimatedMinutes: 45 }, stepThree],
        },
      ],
    };
    const entries = group(before, after, 'runbooks');
    const changes = entries.map((e) => e.change);
    expect(changes).toContain('added');
    expect(entries.find((e) => e.change === 'added')?.name).toBe(`${runbook.title}: step 3, Check`);
    expect(entries.find((e) => e.id === stepOne.id)?.fields).toContainEqual({
      field: 'Estimated time',
      before: formatOptionalDuration(stepOne.estimatedMinutes),
      after: '45 min',
    });
    expect(entries.find((e) => e.id.endsWith(':order'))?.fields[0]).toEqual({
      field: 'Order',
      before: `${stepOne.title}, ${stepTwo.title}`,
      after: `${stepTwo.title}, ${stepOne.title}`,
    });
    const removedStep = group(after, before, 'runbooks').find((e) => e.change === 'removed');
    expect(removedStep?.name).toBe(`${runbook.title}: step 3, Check`);

    const without = { ...before, runbooks: [] };
    expect(group(before, without, 'runbooks').map((e) => e.change)).toEqual(['removed']);
    expect(group(without, before, 'runbooks').map((e) => e.change)).toEqual(['added']);
  });

  it('contacts: added, removed, changed', () => {
    const before = base();
    const [anna, bjorn] = before.contacts;
    if (!anna || !bjorn) throw new Error('sample');
    const after = { ...before, contacts: [{ ...anna, email: 'anna@new.example' }] };
    const entries = group(before, after, 'contacts');
    expect(entries.map((e) => [e.change, e.name])).toEqual([
      ['changed', anna.name],
      ['removed', bjorn.name],
    ]);
    expect(first(entries).fields).toEqual([
      { field: 'E-mail', before: anna.email, after: 'anna@new.example' },
    ]);
    expect(group(after, before, 'contacts').map((e) => e.change)).toEqual(['changed', 'added']);
  });

  it('processes and vendors: changed field by field', () => {
    const before = base();
    const process = first(before.processes);
    const vendor = first(before.vendors);
    const after = {
      ...before,
      processes: [{ ...process, owner: 'Someone new' }, ...before.processes.slice(1)],
      vendors: [{ ...vendor, slaRestoreMinutes: 1500 }],
    };
    expect(first(group(before, after, 'processes')).fields).toEqual([
      { field: 'Owner', before: process.owner || 'not set', after: 'Someone new' },
    ]);
    expect(first(group(before, after, 'vendors')).fields).toMatchObject([
      { field: 'SLA restore time', after: '1 day 1 h' },
    ]);
    expect(diffPlans(before, after).groups.map((g) => g.kind)).toEqual(['processes', 'vendors']);
  });
});
