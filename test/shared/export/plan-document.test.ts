import { describe, expect, it } from 'vitest';
import type { Block, DocumentSection } from '../../../shared/export/document/model';
import { sectionNumbers } from '../../../shared/export/document/numbering';
import { planDocumentOf } from '../../support/plan-pdf';
import { emptyPlan } from '../../support/plan-snapshots';
import { samplePlan, UNICODE_NAME } from '../../support/sample-plan';

function search(sections: readonly DocumentSection[], id: string): DocumentSection | undefined {
  for (const section of sections) {
    const found = section.id === id ? section : search(section.children, id);
    if (found) return found;
  }
  return undefined;
}
function find(sections: readonly DocumentSection[], id: string): DocumentSection {
  const found = search(sections, id);
  if (!found) throw new Error(`No section ${id}`);
  return found;
}
const tables = (section: DocumentSection) =>
  section.blocks.filter((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');

describe('buildPlanDocument', () => {
  it('describes the document: a draft of the last change, with the hash and a handling note', async () => {
    const document = await planDocumentOf(samplePlan());
    expect(document.meta).toMatchObject({
      title: `Plan for ${UNICODE_NAME}`,
      kind: 'Disaster recovery plan',
      version: 'Draft of 2026-11-23',
      classification: 'Confidential: contains names and phone numbers',
    });
    expect(document.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(document.tableOfContents).toBe(true);
  });

  it('has unique section ids that number like the renderers', async () => {
    const document = await planDocumentOf(samplePlan());
    const numbers = sectionNumbers(document.sections);
    expect(numbers.get('bia')).toBe('4');
    expect(numbers.get('impact')).toBe('4.2');
    const ids: string[] = [];
    const walk = (list: readonly DocumentSection[]) => {
      for (const section of list) {
        ids.push(section.id);
        walk(section.children);
      }
    };
    walk(document.sections);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints blank approval rows, the current draft as the revision and the plan’s people as distribution', async () => {
    const document = await planDocumentOf(samplePlan());
    const approvals = find(document.sections, 'approvals').blocks.find(
      (block) => block.kind === 'signatures',
    );
    expect(approvals).toMatchObject({
      columns: ['Name', 'Title', 'Date', 'Signature'],
      rows: [],
      blankRows: 3,
    });
    expect(tables(find(document.sections, 'revisions'))[0]?.rows).toEqual([
      [
        'Draft of 2026-11-23',
        '2026-11-23',
        'Not recorded',
        'Current draft. No earlier revisions are recorded.',
      ],
    ]);
    expect(tables(find(document.sections, 'distribution'))[0]?.rows.map((row) => row[0])).toEqual([
      'Anna Łukasiewicz',
      'Bjørn Ødegård',
    ]);
  });

  it('has one sub-section per runbook under recovery, with its steps as a checklist', async () => {
    const snapshot = samplePlan();
    const document = await planDocumentOf(snapshot);
    const [runbook] = snapshot.runbooks;
    if (!runbook) throw new Error('The sample has a runbook');
    const section = find(document.sections, `runbook-${runbook.id}`);
    const checklist = section.blocks.find((block) => block.kind === 'checklist');
    expect(checklist).toMatchObject({
      items: [
        { number: '1.', title: 'Confirm the outage' },
        { number: '2.', title: 'Fail over DNS' },
      ],
    });
  });

  it('puts the map from the caller’s layout into the failure points', async () => {
    const document = await planDocumentOf(samplePlan());
    const map = find(document.sections, 'map').blocks[0];
    expect(map?.kind).toBe('map');
    if (map?.kind !== 'map') return;
    expect(map.layout.nodes).toHaveLength(map.graph.nodes.length);
    expect(map.caption).toMatch(/^12 systems, 5 processes, \d+ dependencies\./);
  });

  it('says what is missing in an empty plan instead of inventing it', async () => {
    const document = await planDocumentOf(emptyPlan());
    expect(tables(find(document.sections, 'call-tree'))[0]).toMatchObject({
      rows: [],
      empty: 'No call tree recorded yet: nobody knows whom to call first.',
    });
    expect(tables(find(document.sections, 'exercises'))[0]?.empty).toBe(
      'No exercises recorded yet. The plan has not been tested.',
    );
  });
});
