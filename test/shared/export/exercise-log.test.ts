import { webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../../shared/bundle/read-bundle';
import type { Block, DocumentSection } from '../../../shared/export/document/model';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import { planDocumentOf } from '../../support/plan-pdf';
import { emptyPlan } from '../../support/plan-snapshots';

/** The version 6 plan file: one completed exercise with a finding and an action, approved as version 1. */
async function fixturePlan(): Promise<PlanSnapshot> {
  const read = await readBundle(readFileSync('test/fixtures/bundles/plan-v6.drplan.json'), {
    crypto: webcrypto,
  });
  if (!read.ok) throw new Error('fixture did not read');
  return read.snapshot;
}

function section(sections: readonly DocumentSection[], id: string): DocumentSection {
  for (const candidate of sections) {
    if (candidate.id === id) return candidate;
    try {
      return section(candidate.children, id);
    } catch {
      // not under this one
    }
  }
  throw new Error(`No section ${id}`);
}
const tables = (found: DocumentSection) =>
  found.blocks.filter((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');
const texts = (found: DocumentSection) =>
  found.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));

describe('section 9 from the exercises', () => {
  it('logs each exercise with its scope, participants and what it achieved against the RTO', async () => {
    const document = await planDocumentOf(await fixturePlan());
    const [log] = tables(section(document.sections, 'exercises'));
    expect(log?.rows).toEqual([
      [
        '2026-11-20',
        'Tabletop: DNS provider lost (Tabletop)',
        'Domain, DNS and CDN; scenario “Hosting provider outage in Zürich”',
        'Ana Łukasiewicz (IT lead); Jonas Ærø (e-commerce)',
        expect.stringMatching(
          /^Completed\. 2 steps, 1 failed\. Domain, DNS and CDN: back in 50 min \(RTO .+\), data lost 0 min$/,
        ),
      ],
    ]);
  });

  it('lists the exercises’ findings and follow-up actions with owner, due date and status', async () => {
    const document = await planDocumentOf(await fixturePlan());
    const [findings, actions] = tables(section(document.sections, 'open-findings')).slice(1);
    expect(findings?.rows).toEqual([
      ['High', 'Registrar 2FA device is with one person.', 'Tabletop: DNS provider lost, 2026-11-20'],
    ]);
    expect(actions?.rows).toEqual([
      [
        'Add a second 2FA device to the registrar account.',
        'IT lead',
        '2026-12-15',
        'Open',
        'Tabletop: DNS provider lost, 2026-11-20',
      ],
    ]);
  });

  it('states the review cycle, the last approval and when the next review is due', async () => {
    const document = await planDocumentOf(await fixturePlan());
    expect(texts(section(document.sections, 'review'))[0]).toMatch(
      /^The plan is reviewed every 12 months\. Version 1 was approved on 2026-11-21; the next review is due by 2027-11-21\./,
    );
    const empty = await planDocumentOf(emptyPlan());
    expect(texts(section(empty.sections, 'review'))[0]).toMatch(/It has not been approved yet/);
    expect(tables(section(empty.sections, 'exercises'))[0]?.rows).toEqual([]);
  });
});
