import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import { coverageMatrix, ISO, NIST, type CoverageRow } from '../../../shared/export/document/coverage';
import { analyseSnapshot } from '../../../shared/analysis/plan-analysis';
import { emptyPlan, templatePlan } from '../../support/plan-snapshots';
import { samplePlan, SAMPLE_NOW } from '../../support/sample-plan';
import { onlineRetail } from '../../../shared/templates/online-retail';
import { withRating } from '../../../shared/model/impact';

const matrix = (snapshot: PlanSnapshot) =>
  coverageMatrix(snapshot, analyseSnapshot(snapshot, SAMPLE_NOW.slice(0, 10)));

function row(rows: readonly CoverageRow[], standard: string, item: string): CoverageRow {
  const found = rows.find((each) => each.standard === standard && each.item === item);
  if (!found) throw new Error(`No row ${standard} ${item}`);
  return found;
}

describe('coverage matrix', () => {
  it('has NIST SP 800-34 rows (template and BIA) and ISO 22301 8.4.4 rows, each pointing at sections', () => {
    const rows = matrix(samplePlan());
    expect(rows.filter((each) => each.standard === NIST).length).toBeGreaterThanOrEqual(20);
    expect(rows.filter((each) => each.standard === ISO).length).toBeGreaterThanOrEqual(10);
    expect(rows.some((each) => each.item.startsWith('BIA:'))).toBe(true);
    for (const each of rows) expect(each.why).not.toBe('');
  });

  it('says everything is missing for an empty plan, and why', () => {
    const rows = matrix(emptyPlan());
    expect(row(rows, NIST, 'Notification procedures and call tree')).toMatchObject({
      status: 'missing',
      why: 'No call tree recorded.',
    });
    expect(row(rows, NIST, 'Appendix: system inventory')).toMatchObject({
      status: 'missing',
      why: 'No systems recorded.',
    });
    expect(row(rows, NIST, 'Recovery procedures per system')).toMatchObject({ status: 'missing' });
    expect(rows.every((each) => each.status !== 'covered')).toBe(true);
  });

  it('works statuses out from the records of the sample plan', () => {
    const rows = matrix(samplePlan());
    // Two people in the call tree, one never verified.
    expect(row(rows, NIST, 'Notification procedures and call tree')).toMatchObject({
      status: 'partly',
      why: 'No phone, or not verified recently: 1 of 2 people in the call tree.',
    });
    // The DR coordinator role has a deputy.
    expect(row(rows, NIST, 'Line of succession').status).toBe('covered');
    // It has members but no responsibilities written.
    expect(row(rows, NIST, 'Roles and responsibilities, recovery teams')).toMatchObject({
      status: 'missing',
      why: 'Without responsibilities or people: 1 of 1 roles and teams.',
    });
    // One runbook for nine critical systems.
    expect(row(rows, ISO, 'Actions to carry out the recovery').status).toBe('partly');
    expect(row(rows, NIST, 'BIA: recovery objectives (RTO, RPO)').status).toBe('covered');
    expect(row(rows, NIST, 'Testing, training and exercises')).toMatchObject({
      status: 'missing',
      why: 'No exercises recorded.',
    });
  });

  it('turns a status to covered when the data is there', () => {
    const sample = samplePlan();
    const [role] = sample.teams;
    if (!role) throw new Error('The sample has a role');
    const withResponsibilities = {
      ...sample,
      teams: [{ ...role, responsibilities: 'Activates the plan and runs the call tree.' }],
    };
    expect(row(matrix(withResponsibilities), NIST, 'Roles and responsibilities, recovery teams').status).toBe(
      'covered',
    );
    const verified = {
      ...sample,
      contacts: sample.contacts.map((contact) => ({ ...contact, lastVerified: '2026-11-01' })),
    };
    expect(row(matrix(verified), NIST, 'Notification procedures and call tree').status).toBe('covered');
  });

  it('counts partly rated impact and missing interdependencies', () => {
    const template = templatePlan(onlineRetail);
    const [first, ...rest] = template.processes;
    if (!first) throw new Error('The template has processes');
    const unrated = { ...first, impact: withRating(first.impact, 'safety', 0, null) };
    const rows = matrix({ ...template, processes: [unrated, ...rest] });
    expect(row(rows, NIST, 'BIA: processes and impact over time')).toMatchObject({
      status: 'partly',
      why: `Not fully rated: 1 of ${template.processes.length} processes.`,
    });
    expect(
      row(matrix({ ...template, dependencies: [] }), ISO, 'Internal and external interdependencies').status,
    ).toBe('partly');
  });
});
