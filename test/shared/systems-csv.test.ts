import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, systemsToCsv } from '../../shared/export/systems-csv';
import { newSystemDefaults, type System } from '../../shared/model/system';

function system(name: string, extra: Partial<System> = {}): System {
  return {
    id: '0b3c9d8e-2f4a-4b6c-8d1e-5f7a9b0c1d2e',
    planId: '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60',
    ...newSystemDefaults(name),
    position: 0,
    createdAt: '2026-11-22T10:00:00.000Z',
    updatedAt: '2026-11-22T10:00:00.000Z',
    ...extra,
  };
}

describe('systemsToCsv', () => {
  it('writes a header and one row per system that a spreadsheet reads back', () => {
    const csv = systemsToCsv([
      system('Zürich – Łódź, "HQ"', {
        type: 'facility',
        tier: 0,
        owner: 'Facilities',
        redundancy: { mode: 'active-active', instances: 3 },
        description: 'line one\nline two',
      }),
      system('Mail'),
    ]);
    const rows = Papa.parse<string[]>(csv).data;
    expect(rows[0]).toEqual([
      'Name',
      'Type',
      'Owner',
      'Tier',
      'Redundancy',
      'Instances',
      'How failure is detected',
      'Description',
    ]);
    expect(rows[1]).toEqual([
      'Zürich – Łódź, "HQ"',
      'Facility',
      'Facilities',
      '0',
      'Active-active',
      '3',
      '',
      'line one\nline two',
    ]);
    expect(rows[2]).toEqual(['Mail', 'Application', '', '', 'None', '', '', '']);
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR'])('neutralises the formula %j', (name) => {
    const rows = Papa.parse<string[]>(systemsToCsv([system(name)])).data;
    expect(rows[1]?.[0]).toBe(`'${name}`);
  });
});

describe('csvFileName', () => {
  it.each([
    ['Acme – DR 2026', 'Acme – DR 2026 - systems.csv'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j - systems.csv'],
    ['   ', 'plan - systems.csv'],
    ['../../etc/passwd', '.. .. etc passwd - systems.csv'],
  ])('makes %j safe', (name, expected) => {
    expect(csvFileName({ name }, 'systems')).toBe(expected);
  });
});
