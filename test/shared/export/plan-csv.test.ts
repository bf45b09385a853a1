import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planCsvFiles } from '../../../shared/export/csv/plan-csv';
import { systemsToCsv } from '../../../shared/export/systems-csv';
import { samplePlan, UNICODE_NAME } from '../../support/sample-plan';
import { analyse, FORMULA_NAME, peoplePlan } from './docs-plan';

function rows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('planCsvFiles', () => {
  const snapshot = samplePlan();
  const analysis = analyse(snapshot);
  const files = planCsvFiles(snapshot, analysis);
  const table = (what: string) => {
    const file = files.find((each) => each.fileName === `Plan for ${UNICODE_NAME} - ${what}.csv`);
    if (!file) throw new Error(`No ${what} file among ${files.map((each) => each.fileName).join(', ')}`);
    return rows(file.text);
  };

  it('writes one file per table, named after the plan', () => {
    expect(files.map((file) => file.fileName)).toEqual(
      ['systems', 'processes', 'dependencies', 'contacts', 'vendors', 'findings'].map(
        (what) => `Plan for ${UNICODE_NAME} - ${what}.csv`,
      ),
    );
  });

  it('writes the systems exactly as the systems CSV (and so the CSV import) does', () => {
    expect(files[0]?.text).toBe(systemsToCsv(snapshot.systems));
  });

  it('writes processes with the systems they need by name, tier, MTD and impact over time', () => {
    const [header, ...body] = table('processes');
    expect(header).toEqual([
      'Name',
      'Owner',
      'Description',
      'Systems it needs',
      'Tier',
      'MTD',
      'Loss per hour (EUR)',
      'Worst impact after 1 h',
      'Worst impact after 4 h',
      'Worst impact after 1 day',
      'Worst impact after 3 days',
      'Worst impact after 1 week',
    ]);
    expect(body).toHaveLength(snapshot.processes.length);
    const first = snapshot.processes[0];
    const names = first?.systemIds.map((id) => snapshot.systems.find((system) => system.id === id)?.name);
    expect(body[0]?.[0]).toBe(first?.name);
    expect(body[0]?.[3]).toBe(names?.join('; '));
    expect(body[0]?.[5]).toMatch(/^\d+ (h|min|days?|weeks?)$/);
    expect(
      body[0]?.slice(7).every((cell) => ['', 'None', 'Minor', 'Moderate', 'Major', 'Severe'].includes(cell)),
    ).toBe(true);
  });

  it('writes dependencies with the dependent, the kind and the targets by name', () => {
    const [header, ...body] = table('dependencies');
    expect(header).toEqual(['Dependent', 'Dependent is a', 'Kind', 'Needs', 'Workaround']);
    expect(body).toHaveLength(snapshot.dependencies.length);
    const nameOf = (id: string) =>
      [...snapshot.systems, ...snapshot.processes].find((record) => record.id === id)?.name ?? '';
    const alternatives = snapshot.dependencies.findIndex((dependency) => dependency.kind === 'alternatives');
    const dependency = snapshot.dependencies[alternatives];
    expect(body[alternatives]).toEqual([
      nameOf(dependency?.dependentId ?? ''),
      'System',
      'Needs one of',
      dependency?.targetIds.map(nameOf).join(' or '),
      dependency?.workaround,
    ]);
  });

  it('writes contacts with their phones, alternate and roles, and vendors with their SLAs', () => {
    expect(table('contacts')).toEqual([
      [
        'Name',
        'Role or title',
        'Organisation',
        'Phones',
        'E-mail',
        'Alternate',
        'Roles and teams',
        'Last verified',
        'Notes',
      ],
      [
        'Anna Łukasiewicz',
        'Operations director',
        '',
        'Mobile: +45 20 30 40 50',
        'anna@example.com',
        '',
        'DR coordinator',
        '2026-10-01',
        '',
      ],
      [
        'Bjørn Ødegård',
        'IT contractor',
        '',
        'Office: +47 22 33 44 55',
        '',
        'Anna Łukasiewicz',
        'DR coordinator',
        'Never',
        '',
      ],
    ]);
    const [header, vendor] = table('vendors');
    const byHeader = new Map(header?.map((name, index) => [name, vendor?.[index]]));
    expect(byHeader.get('Name')).toBe('Łódź Hosting Sp. z o.o.');
    expect(byHeader.get('SLA restore')).toBe('8 h');
    expect(byHeader.get('SLA response')).toBe('');
    expect(byHeader.get('Systems provided')).toBe(
      snapshot.vendors[0]?.systemIds.map((id) => snapshot.systems.find((s) => s.id === id)?.name).join('; '),
    );
  });

  it('writes every finding with its code, severity, subjects, message and fix', () => {
    const [header, ...body] = table('findings');
    expect(header).toEqual(['Code', 'Severity', 'Subjects', 'Message', 'Fix']);
    expect(body.map((row) => row[0])).toEqual(analysis.findings.map((finding) => finding.code));
    expect(body[0]).toEqual([
      analysis.findings[0]?.code,
      { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' }[
        analysis.findings[0]?.severity ?? 'low'
      ],
      expect.stringContaining(analysis.findings[0]?.subject.name ?? '?'),
      analysis.findings[0]?.message,
      analysis.findings[0]?.fix,
    ]);
  });

  it('escapes every cell a spreadsheet would run as a formula, in every file', () => {
    const hostile = peoplePlan();
    const hostileFiles = planCsvFiles(hostile, analyse(hostile));
    const cells = hostileFiles.flatMap((file) => rows(file.text).flat());
    expect(cells).toContain(`'${FORMULA_NAME}`);
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
  });
});
