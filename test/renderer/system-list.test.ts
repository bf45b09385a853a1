import { describe, expect, it } from 'vitest';
import { newSystemDefaults, type System } from '../../shared/model/system';
import { applyView, DEFAULT_VIEW, isFiltered, keepOrder } from '../../renderer/features/systems/system-list';

let position = 0;
function system(name: string, extra: Partial<System> = {}): System {
  position += 1;
  return {
    id: crypto.randomUUID(),
    planId: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
    ...newSystemDefaults(name),
    position,
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    ...extra,
  };
}

const systems = [
  system('payroll', { tier: 2, owner: 'HR' }),
  system('DNS', { type: 'infrastructure', tier: 0, owner: 'Network' }),
  system('Zürich office', { type: 'facility', owner: 'Facilities' }),
  system('Backup store', { type: 'data-store', tier: 2 }),
];
const names = (list: System[]) => list.map((s) => s.name);

describe('applyView', () => {
  it('keeps entry order by default', () => {
    expect(names(applyView(systems, DEFAULT_VIEW))).toEqual([
      'payroll',
      'DNS',
      'Zürich office',
      'Backup store',
    ]);
    expect(isFiltered(DEFAULT_VIEW)).toBe(false);
  });

  it('sorts by name ignoring case, both ways', () => {
    expect(names(applyView(systems, { ...DEFAULT_VIEW, sort: 'name' }))).toEqual([
      'Backup store',
      'DNS',
      'payroll',
      'Zürich office',
    ]);
    expect(names(applyView(systems, { ...DEFAULT_VIEW, sort: 'name', direction: 'descending' }))).toEqual([
      'Zürich office',
      'payroll',
      'DNS',
      'Backup store',
    ]);
  });

  it('sorts by tier with unclassified last and ties in entry order', () => {
    expect(names(applyView(systems, { ...DEFAULT_VIEW, sort: 'tier' }))).toEqual([
      'DNS',
      'payroll',
      'Backup store',
      'Zürich office',
    ]);
  });

  it('sorts by the type label a user sees', () => {
    expect(names(applyView(systems, { ...DEFAULT_VIEW, sort: 'type' }))).toEqual([
      'payroll',
      'Backup store',
      'Zürich office',
      'DNS',
    ]);
  });

  it('searches names ignoring case and accents', () => {
    expect(names(applyView(systems, { ...DEFAULT_VIEW, query: 'ZURICH' }))).toEqual(['Zürich office']);
    expect(names(applyView(systems, { ...DEFAULT_VIEW, query: '  dn ' }))).toEqual(['DNS']);
    expect(isFiltered({ ...DEFAULT_VIEW, query: 'x' })).toBe(true);
  });

  it('filters by type and by tier, including "not set"', () => {
    expect(names(applyView(systems, { ...DEFAULT_VIEW, type: 'facility' }))).toEqual(['Zürich office']);
    expect(names(applyView(systems, { ...DEFAULT_VIEW, tier: 2 }))).toEqual(['payroll', 'Backup store']);
    expect(names(applyView(systems, { ...DEFAULT_VIEW, tier: 'unset' }))).toEqual(['Zürich office']);
  });
});

describe('keepOrder', () => {
  it('keeps rows where they were while the user edits, drops deleted ones, appends new matches', () => {
    const [payroll, dns, office, backup] = systems;
    if (!payroll || !dns || !office || !backup) throw new Error('fixture');
    const order = [dns.id, payroll.id, office.id];
    // payroll was renamed so that it would now sort last, and office was deleted
    const renamed = { ...payroll, name: 'zzz payroll' };
    const all = [renamed, dns, backup];
    const viewed = applyView(all, { ...DEFAULT_VIEW, sort: 'name' });
    expect(names(keepOrder(all, viewed, order))).toEqual(['DNS', 'zzz payroll', 'Backup store']);
  });

  it('keeps a row that no longer matches the search until the user leaves the table', () => {
    const [payroll] = systems;
    if (!payroll) throw new Error('fixture');
    const renamed = { ...payroll, name: 'salaries' };
    const viewed = applyView([renamed], { ...DEFAULT_VIEW, query: 'pay' });
    expect(viewed).toEqual([]);
    expect(names(keepOrder([renamed], viewed, [payroll.id]))).toEqual(['salaries']);
  });
});
