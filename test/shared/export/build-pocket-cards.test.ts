import { describe, expect, it } from 'vitest';
import { buildPocketCards, CARD_LIMITS } from '../../../shared/export/document/build-pocket-cards';
import { newStepDefaults } from '../../../shared/model/runbook';
import { sequentialIds } from '../../support/sample-plan';
import { blockOf, sectionTitled, textOf } from './document-blocks';
import { documentInput, peoplePlan } from './docs-plan';

describe('buildPocketCards', () => {
  const snapshot = peoplePlan();
  const doc = buildPocketCards(documentInput(snapshot));
  const card = (role: string) => {
    const found = doc.sections.find((section) => section.title === `The first hour for ${role}`);
    if (!found) throw new Error(`No card for ${role}`);
    return found;
  };

  it('makes one card per role or team, in their order, with no table of contents', () => {
    expect(doc.meta.kind).toBe('Role pocket cards');
    expect(doc.tableOfContents).toBe(false);
    expect(doc.sections.map((section) => section.title)).toEqual([
      'The first hour for DR coordinator',
      'The first hour for IT recovery team',
      'The first hour for Communications lead',
    ]);
    expect(card('DR coordinator').children.map((part) => part.title)).toEqual([
      'Who holds it',
      'Responsibilities',
      'What to do',
      'Whom to call',
      'Escalate to',
    ]);
  });

  it('names who holds the role now and the line of succession, with phones', () => {
    const holders = blockOf(sectionTitled(card('DR coordinator'), 'Who holds it'), 'table');
    expect(holders.rows).toEqual([
      ['acts', 'Anna Łukasiewicz', 'Mobile +45 20 30 40 50'],
      ['first deputy', 'Bjørn Ødegård', 'Mobile +47 22 33 44 55'],
    ]);
    const team = blockOf(sectionTitled(card('IT recovery team'), 'Who is in it'), 'table');
    expect(team.rows.map((row) => row.slice(0, 2))).toEqual([
      ['lead', 'Carl Zürcher'],
      ['first deputy', 'Dóra Szabó'],
    ]);
    expect(textOf(sectionTitled(card('DR coordinator'), 'Responsibilities'))).toContain('activates the plan');
  });

  it('lists the steps the role, or a member doing the team’s work, is responsible for, in runbook order', () => {
    const steps = blockOf(sectionTitled(card('IT recovery team'), 'What to do'), 'checklist').items;
    const titles = steps.map((step) => step.title);
    expect(titles).toContain('Restore the database from last night');
    expect(titles).toContain('Check the application');
    expect(titles).toContain('Restart the service');
    expect(titles).toContain('Check the formula');
    expect(titles).not.toContain('Declare the disaster');
    expect(titles.indexOf('Restore the database from last night')).toBeLessThan(
      titles.indexOf('Check the application'),
    );
    expect(steps.map((step) => step.number)).toEqual(steps.map((_, index) => `${index + 1}.`));
    const restore = new Map(steps.find((step) => step.title.startsWith('Restore'))?.details);
    expect(restore.get('Runbook')).toMatch(/^Recover .+, step 2$/);
    expect(restore.get('Takes')).toBe('About 1 h 30 min');
    const check = new Map(steps.find((step) => step.title === 'Check the application')?.details);
    expect(check.get('Who')).toBe('Dóra Szabó');

    const coordinator = blockOf(sectionTitled(card('DR coordinator'), 'What to do'), 'checklist').items;
    expect(coordinator.map((step) => step.title)).toEqual(['Declare the disaster']);
  });

  it('gives whom to call from the call tree, with phones, escalation times and alternates', () => {
    const calls = sectionTitled(card('DR coordinator'), 'Whom to call');
    expect(blockOf(calls, 'paragraph').text).toMatch(
      /^You are called first \(call 1\)\. Then call these people/,
    );
    expect(blockOf(calls, 'table').rows).toEqual([
      [
        '1.1',
        'Bjørn Ødegård ☎ Mobile +47 22 33 44 55',
        'No answer within 15 min: call Anna Łukasiewicz ☎ Mobile +45 20 30 40 50',
      ],
      [
        '1.2',
        'Carl Zürcher ☎ Mobile +41 44 555 66 77',
        'No answer within 5 min: call Dóra Szabó ☎ Mobile +36 1 234 5678, who makes their calls',
      ],
    ]);
    const team = sectionTitled(card('IT recovery team'), 'Whom to call');
    expect(blockOf(team, 'paragraph').text).toMatch(/^Anna Łukasiewicz calls you \(call 1\.2\)/);
    expect(blockOf(team, 'table').rows.map((row) => row[1])).toEqual(['Dóra Szabó ☎ Mobile +36 1 234 5678']);
  });

  it('says where to escalate: the runbooks’ escalation and whoever called', () => {
    expect(blockOf(sectionTitled(card('IT recovery team'), 'Escalate to'), 'list').items).toEqual([
      'DR coordinator (Anna Łukasiewicz) ☎ +45 20 30 40 50 (Mobile)',
      'Whoever called you: Anna Łukasiewicz ☎ Mobile +45 20 30 40 50',
    ]);
  });

  it('says plainly what is missing for a role nobody holds', () => {
    const text = textOf(card('Communications lead'));
    expect(text).toContain('Nobody named yet');
    expect(text).toContain('No runbook step names this role yet.');
    expect(text).toContain('Nobody holds it yet, so nobody is called for it.');
  });

  it('keeps to one page: the first steps, then how many more are in the runbooks', () => {
    const ids = sequentialIds(0xfff000);
    const coordinatorId = snapshot.teams[0]?.id ?? null;
    const many = Array.from({ length: CARD_LIMITS.steps + 4 }, (_, index) => ({
      id: ids(),
      ...newStepDefaults(`Extra step ${index + 1}`),
      responsibleId: coordinatorId,
    }));
    const [main, ...others] = snapshot.runbooks;
    if (!main) throw new Error('No runbook');
    const busy = { ...snapshot, runbooks: [{ ...main, steps: [...main.steps, ...many] }, ...others] };
    const steps = sectionTitled(buildPocketCards(documentInput(busy)).sections[0] ?? card(''), 'What to do');
    expect(blockOf(steps, 'checklist').items).toHaveLength(CARD_LIMITS.steps);
    // 1 original + 12 extra = 13 of the coordinator's steps; 8 shown.
    expect(blockOf(steps, 'paragraph').text).toBe('And 5 more steps in the runbooks.');
  });
});
