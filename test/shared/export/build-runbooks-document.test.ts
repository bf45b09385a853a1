import { describe, expect, it } from 'vitest';
import { buildRunbooksDocument, WRITE_HERE } from '../../../shared/export/document/build-runbooks-document';
import { samplePlan, UNICODE_NAME } from '../../support/sample-plan';
import { blockOf, sectionTitled, textOf } from './document-blocks';
import { documentInput, HASH, HOSTILE_NAME, peoplePlan, templatePlans } from './docs-plan';

describe('buildRunbooksDocument', () => {
  const snapshot = peoplePlan();
  const input = documentInput(snapshot);
  const doc = buildRunbooksDocument(input);
  const [first, second] = snapshot.systems;
  const main = doc.sections.find((section) => section.id === `runbook-${snapshot.runbooks[0]?.id ?? ''}`);
  if (!main || !first || !second) throw new Error('The people plan has no main runbook');

  it('carries the plan, version and hash, with a table of contents for the whole book', () => {
    expect(doc.meta).toMatchObject({
      planName: `Plan for ${UNICODE_NAME}`,
      kind: 'Runbooks',
      version: 'Draft of 2026-11-23',
      contentHash: HASH,
    });
    expect(doc.tableOfContents).toBe(true);
  });

  it('opens with the recovery order and then gives one section per runbook in recovery-wave order', () => {
    expect(doc.sections[0]?.title).toBe('Recovery order');
    const waveOf = new Map(input.analysis.systems.map((system) => [system.id, system.wave ?? Infinity]));
    const runbookWaves = doc.sections.slice(1).map((section) => {
      const runbook = snapshot.runbooks.find((each) => section.id === `runbook-${each.id}`);
      return waveOf.get(runbook?.systemId ?? '') ?? Infinity;
    });
    expect(runbookWaves).toHaveLength(snapshot.runbooks.length);
    expect(runbookWaves).toEqual([...runbookWaves].sort((a, b) => a - b));
    const order = blockOf(doc.sections[0] ?? main, 'table');
    expect(order.rows.map((row) => row[1])).toContain(first.name);
  });

  it('states the system, its objectives, the duration against the RTO and the recovery time', () => {
    const facts = new Map(blockOf(main, 'fields').rows);
    expect(facts.get('System')).toBe(first.name);
    expect(facts.get('Tier')).toMatch(/^Tier \d – /);
    expect(facts.get('RTO')).not.toBe('not set');
    // 10 + 90 + 20 minutes along the chain; "Tell customers" has no estimate, so at least.
    expect(facts.get('Duration')).toMatch(/^at least 2 h along the critical path\. /);
    expect(facts.get('Recovery time')).toMatch(/^Back after at least /);
    expect(facts.get('Scenario')).toBe('Any failure (general recovery)');
  });

  it('gives activation criteria, who may activate and whom to tell', () => {
    const text = textOf(sectionTitled(main, 'When to start'));
    expect(text).toContain('The database has not answered for 15 minutes.');
    expect(text).toContain('Who may activate: DR coordinator');
    expect(text).toContain('Tell: Tell the service desk.');
  });

  it('summarises the call tree, with numbers, callers and alternates, when the runbook starts it', () => {
    const table = blockOf(sectionTitled(main, 'Call tree: start it now'), 'table');
    expect(table.rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Anna Łukasiewicz ☎ Mobile +45 20 30 40 50', 'Whoever activates'],
      ['1.1', 'Bjørn Ødegård ☎ Mobile +47 22 33 44 55', 'Anna Łukasiewicz'],
      ['1.2', 'Carl Zürcher ☎ Mobile +41 44 555 66 77', 'Anna Łukasiewicz'],
      ['1.2.1', 'Dóra Szabó ☎ Mobile +36 1 234 5678', 'Carl Zürcher'],
    ]);
    expect(table.rows[2]?.[3]).toBe(
      'No answer within 5 min: call Dóra Szabó ☎ Mobile +36 1 234 5678, who makes their calls',
    );
    const other = doc.sections.find((section) => section.title.includes(HOSTILE_NAME));
    expect(other?.children.map((child) => child.title)).not.toContain('Call tree: start it now');
  });

  it('lists the steps as a checklist in order, each with who (holder and phone), time, waits, checks and escalation', () => {
    const steps = blockOf(sectionTitled(main, 'Steps'), 'checklist').items;
    expect(steps.map((step) => `${step.number} ${step.title}`)).toEqual([
      '1. Declare the disaster',
      '2. Restore the database from last night',
      '3. Check the application',
      '4. Tell customers',
    ]);
    const details = steps.map((step) => new Map(step.details));
    expect(details[0]?.get('Who')).toBe('DR coordinator (Anna Łukasiewicz) ☎ +45 20 30 40 50 (Mobile)');
    expect(details[0]?.get('Starts')).toBe('At once');
    expect(details[1]?.get('Who')).toBe('IT recovery team (Carl Zürcher) ☎ +41 44 555 66 77 (Mobile)');
    expect(details[1]?.get('Takes')).toBe('About 1 h 30 min');
    expect(details[1]?.get('Starts')).toBe('After step 1');
    expect(details[1]?.get('Do')).toContain('Pick last night’s snapshot.');
    expect(details[1]?.get('Verify')).toBe('Row counts match the backup report.');
    expect(details[1]?.get('If it fails')).toBe('Restore the snapshot before it.');
    expect(details[1]?.get('Escalate to')).toBe(
      'DR coordinator (Anna Łukasiewicz) ☎ +45 20 30 40 50 (Mobile)',
    );
    expect(details[2]?.get('Who')).toBe('Dóra Szabó ☎ +36 1 234 5678 (Mobile)');
    expect(details[3]?.get('Who')).toBe('Support desk on duty');
    expect(details[3]?.get('Takes')).toBe('Not estimated');
  });

  it('ends with validation tests to tick, return to normal, rollback and lines to sign', () => {
    const tests = blockOf(sectionTitled(main, 'Check it works'), 'checklist').items;
    expect(tests.map((test) => test.title)).toEqual(['Place a test order', 'Log in as a customer']);
    expect(tests[0]?.details).toEqual([
      ['Expected', 'The order appears in the back office'],
      ['Actual, by whom', WRITE_HERE],
    ]);
    expect(tests[1]?.details[0]).toEqual(['Expected', 'Not written yet']);
    expect(textOf(sectionTitled(main, 'Return to normal'))).toContain('Watch the error rate for an hour.');
    expect(textOf(sectionTitled(main, 'If recovery goes wrong: rollback'))).toContain('<b>Fail back</b>');
    const signatures = blockOf(sectionTitled(main, 'Sign-off'), 'signatures');
    expect(signatures.rows.map((row) => row[0])).toEqual(['Performed by', 'Checked by']);
    expect(signatures.columns).toContain('Signature');
  });

  it('prints one system’s runbooks alone when asked, without the book’s contents or recovery order', () => {
    const only = buildRunbooksDocument({ ...input, systemId: second.id });
    expect(only.tableOfContents).toBe(false);
    expect(only.meta).toMatchObject({ title: HOSTILE_NAME, kind: 'Runbook' });
    expect(only.sections.map((section) => section.title)).toEqual([`Recover ${HOSTILE_NAME}`]);
  });

  it('says so when the system has no runbook yet', () => {
    const without = snapshot.systems.find(
      (system) => !snapshot.runbooks.some((rb) => rb.systemId === system.id),
    );
    const only = buildRunbooksDocument({ ...input, systemId: without?.id ?? '' });
    expect(only.sections.map((section) => section.title)).toEqual([
      `No runbook for ${without?.name ?? ''} yet`,
    ]);
  });

  it('lists the tier 0–2 systems without a runbook, for a template plan that has none', () => {
    for (const plan of templatePlans()) {
      const book = buildRunbooksDocument(documentInput(plan));
      expect(book.sections).toHaveLength(1);
      const order = book.sections[0];
      if (!order) throw new Error('No recovery order');
      expect(blockOf(order, 'table').rows).toEqual([]);
      const critical = plan.systems.filter((system) => system.tier !== null && system.tier <= 2);
      for (const system of critical) expect(textOf(order)).toContain(system.name);
    }
  });

  it('works for the sample plan, whose runbook handles a scenario', () => {
    const sample = samplePlan();
    const book = buildRunbooksDocument(documentInput(sample));
    const runbook = book.sections[1];
    if (!runbook) throw new Error('No runbook section');
    expect(new Map(blockOf(runbook, 'fields').rows).get('Scenario')).toBe(
      'Hosting provider outage in Zürich',
    );
  });
});
