import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { PlanDocument } from '../../../shared/export/document/model';
import { buildMapGraph } from '../../../shared/map/map-model';
import { layoutMap } from '../../../shared/map/map-layout';
import { SAMPLE_NOW, UNICODE_NAME } from '../../support/sample-plan';
import { analyse, HASH, HOSTILE_NAME } from './docs-plan';

/** A hand-made document with every kind of block, for the renderers; the map is the snapshot's. */
export async function everyBlockDocument(snapshot: PlanSnapshot): Promise<PlanDocument> {
  const graph = buildMapGraph({
    ...snapshot,
    mtdThreshold: snapshot.plan.mtdThreshold,
    analysis: analyse(snapshot),
  });
  const layout = await layoutMap(graph);
  return {
    meta: {
      title: `Every block for ${UNICODE_NAME}`,
      kind: 'Test document',
      planName: snapshot.plan.name,
      organisation: snapshot.plan.organisation,
      version: 'Draft of 2026-11-23',
      contentHash: HASH,
      generatedAt: SAMPLE_NOW,
      classification: 'Confidential: contains names and phone numbers',
    },
    tableOfContents: true,
    sections: [
      {
        id: 'text',
        title: `Text about ${HOSTILE_NAME}`,
        blocks: [
          { kind: 'paragraph', text: `Plain ${UNICODE_NAME}.\nSecond line.\n\nSecond paragraph.` },
          { kind: 'paragraph', tone: 'muted', text: 'Muted words.' },
          { kind: 'paragraph', tone: 'warning', text: 'Warning words.' },
          {
            kind: 'fields',
            rows: [
              ['Owner', HOSTILE_NAME],
              ['Control\u0001character', 'gone\u0007'],
            ],
          },
          { kind: 'list', ordered: true, items: ['First', 'Second'] },
          { kind: 'list', ordered: false, items: ['- not a nested list', '1. not a number'] },
          { kind: 'page-break' },
        ],
        children: [
          {
            id: 'tables',
            title: 'Tables',
            blocks: [
              {
                kind: 'table',
                caption: 'A caption',
                columns: [
                  { header: 'Name', weight: 2 },
                  { header: 'Minutes', align: 'right' },
                ],
                rows: [
                  [HOSTILE_NAME, '15'],
                  ['Two\nlines', '30'],
                ],
                empty: 'Never shown',
              },
              { kind: 'table', columns: [{ header: 'Nothing' }], rows: [], empty: 'No rows recorded yet.' },
            ],
            children: [
              {
                id: 'deep',
                title: 'Third level',
                blocks: [
                  {
                    kind: 'checklist',
                    items: [
                      {
                        number: '1.',
                        title: 'Tick me',
                        details: [['Who', 'Anna Łukasiewicz ☎ +45 20 30 40 50']],
                      },
                      { number: '2.', title: 'Then me', details: [] },
                    ],
                  },
                  {
                    kind: 'signatures',
                    columns: ['Name', 'Title', 'Date', 'Signature'],
                    rows: [['Anna Łukasiewicz', 'Operations director', '', '']],
                    blankRows: 2,
                  },
                ],
                children: [],
              },
            ],
          },
        ],
      },
      {
        id: 'map',
        title: 'Dependency map',
        blocks: [{ kind: 'map', graph, layout, caption: 'Dependency map of the plan' }],
        children: [],
      },
    ],
  };
}
