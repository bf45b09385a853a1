import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvFileName, systemsToCsv } from '../../shared/export/systems-csv';
import { checkImport, guessMapping, readSystemsCsv } from '../../shared/import/systems-csv-import';
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
  const systems = [
    system('Zürich – Łódź, "HQ"', {
      type: 'facility',
      tier: 0,
      owner: 'Facilities',
      redundancy: { mode: 'active-active', instances: 3 },
      description: 'line one\nline two',
      rto: 240,
      rpo: 15,
      wrt: 90,
      backupMethod: 'snapshot',
      backupInterval: 60,
      replicationLag: 5,
      copyLocations: ['offsite', 'cloud'],
      offlineCopy: true,
      lastRestoreTest: '2026-05-04',
    }),
    system('Mail'),
    // Names a spreadsheet would run as formulas leave escaped and come back as typed.
    system('-Legacy'),
    system('=HYPERLINK("http://example.com")'),
  ];

  it('writes a header and one row per system in the friendly formats people type', () => {
    const rows = Papa.parse<string[]>(systemsToCsv(systems)).data;
    expect(rows[0]).toEqual([
      'Name',
      'Type',
      'Owner',
      'Tier',
      'RTO',
      'RPO',
      'WRT',
      'Backup method',
      'Backup interval',
      'Replication lag',
      'Copies kept',
      'Offline/immutable copy',
      'Last restore test',
      'Redundancy',
      'How failure is detected',
      'Description',
    ]);
    expect(rows[1]).toEqual([
      'Zürich – Łódź, "HQ"',
      'Facility',
      'Facilities',
      '0',
      '4 h',
      '15 min',
      '1 h 30 min',
      'Storage snapshots',
      '1 h',
      '5 min',
      'Off site; Cloud',
      'yes',
      '2026-05-04',
      'Active-active x3',
      '',
      'line one\nline two',
    ]);
    expect(rows[2]).toEqual([
      'Mail',
      'Application',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'no',
      '',
      'None',
      '',
      '',
    ]);
  });

  it('is read back by the CSV import into the same systems', () => {
    const table = readSystemsCsv(systemsToCsv(systems));
    if (!table.ok) throw new Error(table.message);
    const check = checkImport(table.value, guessMapping(table.value.headers), []);
    expect(check.problems).toEqual([]);
    const fields = (record: System) => ({
      ...record,
      id: '',
      planId: '',
      position: 0,
      createdAt: '',
      updatedAt: '',
    });
    expect(check.rows.map((row) => fields({ ...system(''), ...row.values }))).toEqual(
      systems.map((original) => fields(original)),
    );
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
