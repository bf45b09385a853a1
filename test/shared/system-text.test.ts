import { describe, expect, it } from 'vitest';
import { columnForHeader, systemColumn, SYSTEM_COLUMNS } from '../../shared/model/system-text';
import type { Validated } from '../../shared/model/validation';
import { newSystemDefaults, type System } from '../../shared/model/system';

/** The message of a refused cell; fails the test if the cell was accepted. */
function refusal(result: Validated<unknown>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.message;
}

const parse = (key: Parameters<typeof systemColumn>[0], cell: string) => systemColumn(key).parse(cell);

describe('system fields as cell text', () => {
  it('reads types, tiers and methods by key or label, ignoring case and spacing', () => {
    expect(parse('type', 'Data store')).toEqual({ ok: true, value: { type: 'data-store' } });
    expect(parse('type', 'third party service')).toEqual({
      ok: true,
      value: { type: 'third-party-service' },
    });
    expect(parse('tier', 'Tier 2')).toEqual({ ok: true, value: { tier: 2 } });
    expect(parse('tier', 't0')).toEqual({ ok: true, value: { tier: 0 } });
    expect(parse('tier', '')).toEqual({ ok: true, value: { tier: null } });
    expect(parse('backupMethod', 'storage snapshots')).toEqual({
      ok: true,
      value: { backupMethod: 'snapshot' },
    });
    expect(parse('redundancy', 'Active-active x3')).toEqual({
      ok: true,
      value: { redundancy: { mode: 'active-active', instances: 3 } },
    });
    expect(parse('copyLocations', 'Off site; cloud')).toEqual({
      ok: true,
      value: { copyLocations: ['offsite', 'cloud'] },
    });
    expect(parse('offlineCopy', 'Yes')).toEqual({ ok: true, value: { offlineCopy: true } });
    expect(parse('rto', '4h')).toEqual({ ok: true, value: { rto: 240 } });
  });

  it('refuses what it cannot read, naming the accepted values', () => {
    expect(refusal(parse('tier', '7'))).toContain('0, 1, 2, 3 or 4');
    expect(refusal(parse('type', 'gadget'))).toContain('Data store');
    expect(refusal(parse('lastRestoreTest', '12/03/2025'))).toContain('YYYY-MM-DD');
    expect(parse('name', '   ')).toEqual({ ok: false, message: 'System name is required' });
    expect(parse('redundancy', 'active-active x1')).toMatchObject({ ok: false });
  });

  it('formats every column so that it parses back to the same value', () => {
    const system: System = {
      id: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
      planId: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a61',
      ...newSystemDefaults('ERP'),
      type: 'third-party-service',
      tier: 1,
      redundancy: { mode: 'active-active', instances: 4 },
      rto: 90,
      rpo: 15,
      backupMethod: 'database',
      backupInterval: 1440,
      copyLocations: ['onsite', 'cloud'],
      offlineCopy: true,
      lastRestoreTest: '2026-03-01',
      position: 0,
      createdAt: '2026-11-22T10:00:00.000Z',
      updatedAt: '2026-11-22T10:00:00.000Z',
    };
    for (const column of SYSTEM_COLUMNS) {
      const parsed = column.parse(column.format(system));
      expect(parsed, column.key).toEqual({ ok: true, value: { [column.key]: system[column.key] } });
    }
  });

  it('recognises common header names', () => {
    expect(columnForHeader('System Name')?.key).toBe('name');
    expect(columnForHeader('Recovery Time Objective')?.key).toBe('rto');
    expect(columnForHeader('backup_frequency')?.key).toBe('backupInterval');
    expect(columnForHeader('Colour')).toBeNull();
  });
});
