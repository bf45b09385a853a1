import { beforeAll, describe, expect, it } from 'vitest';
import { webcrypto } from 'node:crypto';
import { contentHash, shortHash } from '../../../shared/bundle/content-hash';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { PlanDocument } from '../../../shared/export/document/model';
import { numberedTitle } from '../../../shared/export/document/numbering';
import { TEMPLATES } from '../../../shared/templates';
import { planDocumentOf, pdfPageCount, pdfText, renderPlanPdf, writeTempPdf } from '../../support/plan-pdf';
import { emptyPlan, largePlan, templatePlan } from '../../support/plan-snapshots';
import { samplePlan, UNICODE_NAME } from '../../support/sample-plan';

const SECTION_TITLES = [
  '1. Document control',
  '2. Introduction',
  '3. Concept of operations',
  '4. Business impact analysis',
  '5. Failure points',
  '6. Activation and notification',
  '7. Recovery',
  '8. Reconstitution',
  '9. Testing and maintenance',
  '10. Appendices',
];

/** Text with all white space squeezed out: table cells wrap names over lines. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

interface Rendered {
  snapshot: PlanSnapshot;
  document: PlanDocument;
  bytes: Uint8Array;
  path: string;
  pages: number;
  hash: string;
}

async function render(snapshot: PlanSnapshot): Promise<Rendered> {
  const document = await planDocumentOf(snapshot);
  const bytes = await renderPlanPdf(document);
  const path = writeTempPdf(bytes);
  return {
    snapshot,
    document,
    bytes,
    path,
    pages: pdfPageCount(path),
    hash: await contentHash(webcrypto, snapshot),
  };
}

/** The page each contents entry points to, read from the printed table of contents. */
function contentsPages(text: string): Map<string, number> {
  const pages = new Map<string, number>();
  for (const line of text.split('\n')) {
    const match = /^\s*(\d+(?:\.\d+)?\.? .+?)\s*\.*\s+(\d+)\s*$/.exec(line);
    if (match?.[1] && match[2]) pages.set(match[1].replace(/[\s.]+$/, ''), Number(match[2]));
  }
  return pages;
}

describe('the full plan as PDF (sample plan)', () => {
  let sample: Rendered;
  beforeAll(async () => {
    sample = await render(samplePlan());
  }, 60_000);

  it('has every section, numbered, in the order an auditor expects, after the contents', () => {
    const body = Array.from({ length: sample.pages - 2 }, (_, index) => pdfText(sample.path, index + 3)).join(
      '\n',
    );
    let from = 0;
    for (const title of SECTION_TITLES) {
      const at = body.indexOf(title, from);
      expect(at, title).toBeGreaterThanOrEqual(from);
      from = at + title.length;
    }
    expect(sample.document.sections.map((section) => section.title)).toHaveLength(10);
  });

  it('lists every section and sub-section in the contents with the page it starts on', () => {
    const contents = pdfText(sample.path, 2);
    expect(contents).toContain('Contents');
    const pages = contentsPages(contents);
    for (const title of SECTION_TITLES) {
      const page = pages.get(title);
      expect(page, title).toBeDefined();
      expect(pdfText(sample.path, page)).toContain(title);
    }
    expect(pages.get('4.2 Impact over time')).toBeDefined();
    expect(pdfText(sample.path, pages.get('4.2 Impact over time'))).toContain('4.2 Impact over time');
  });

  it('has links from the contents and bookmarks for the sections', () => {
    const raw = Buffer.from(sample.bytes).toString('latin1');
    const links = raw.match(/\/Subtype \/Link/g) ?? [];
    const entries = sample.document.sections.reduce((sum, section) => sum + 1 + section.children.length, 0);
    expect(links.length).toBe(entries);
    expect(raw).toMatch(/\/Dest \[\d+ 0 R \/XYZ/);
    expect(raw).toContain('/Outlines');
    expect(raw).toContain('/PageMode /UseOutlines');
  });

  it('carries the full content hash on the document control page', () => {
    const page = contentsPages(pdfText(sample.path, 2)).get('1. Document control');
    expect(pdfText(sample.path, page)).toContain(sample.hash);
  });

  it('carries the plan name, version, short hash and "Page X of Y" on every page', () => {
    expect(sample.pages).toBeGreaterThan(10);
    for (let page = 1; page <= sample.pages; page += 1) {
      const text = pdfText(sample.path, page);
      expect(text, `page ${page}`).toContain(`Content hash ${shortHash(sample.hash)}`);
      expect(text, `page ${page}`).toContain(`Page ${page} of ${sample.pages}`);
      expect(text, `page ${page}`).toContain('Draft of 2026-11-23');
      expect(text, `page ${page}`).toContain(`Plan for ${UNICODE_NAME}`);
    }
  });

  it('prints Unicode names intact and the plan’s real people, systems and vendors', () => {
    const text = pdfText(sample.path);
    expect(text).toContain(UNICODE_NAME);
    for (const name of [
      'Ærøskøbing Trading ApS',
      'Anna Łukasiewicz',
      'Bjørn Ødegård',
      'Łódź Hosting Sp. z o.o.',
    ]) {
      expect(text).toContain(name);
    }
    const squeezed = squeeze(text);
    for (const system of sample.snapshot.systems) expect(squeezed).toContain(squeeze(system.name));
    for (const process of sample.snapshot.processes) expect(squeezed).toContain(squeeze(process.name));
    expect(text).toContain('+45 20 30 40 50');
    expect(text).toContain('Hosting provider outage in Zürich');
  });

  it('prints the call tree in calling order and the runbook as numbered steps', () => {
    const text = pdfText(sample.path);
    expect(text.indexOf('Anna Łukasiewicz')).toBeLessThan(text.indexOf('Bjørn Ødegård'));
    expect(text).toMatch(/1\.1\s+Bjørn Ødegård/);
    expect(text).toMatch(/1\.\s+Confirm the outage/);
    expect(text).toMatch(/2\.\s+Fail over DNS/);
    expect(text).toContain('DR coordinator: Anna Łukasiewicz, +45 20 30 40 50');
  });

  it('ends with the coverage matrix, each item with a status and why', () => {
    const text = pdfText(sample.path);
    expect(text).toContain('10.5 Coverage of NIST SP 800-34 and ISO 22301');
    expect(text).toMatch(
      /Testing, training and\s+9\.1 Exercise schedule\s+Missing\s+No exercises recorded\./,
    );
    expect(text).toMatch(/Line of succession\s+3\.4 Line of succession\s+Covered/);
  });

  it('contains no JavaScript, no open action and no launch action', () => {
    const raw = Buffer.from(sample.bytes).toString('latin1');
    for (const token of ['/JS', '/JavaScript', '/OpenAction', '/Launch', '/AA'])
      expect(raw).not.toContain(token);
  });

  it('says what made it and what it is in the document properties', () => {
    const raw = Buffer.from(sample.bytes).toString('latin1');
    expect(raw).toContain('/Creator (DR Planner)');
    expect(raw).toMatch(
      /\/Subject \(Disaster recovery plan, Draft of 2026-11-23, content hash [0-9a-f]{64}\)/,
    );
  });

  it('gives the same file for the same plan', async () => {
    const again = await renderPlanPdf(await planDocumentOf(samplePlan()));
    expect(pdfText(writeTempPdf(again))).toBe(pdfText(sample.path));
    expect(Buffer.from(again).equals(Buffer.from(sample.bytes))).toBe(true);
  });
});

describe('rendering control', () => {
  it('reports progress per section, rising to 1', async () => {
    const document = await planDocumentOf(samplePlan());
    const seen: [number, string][] = [];
    await renderPlanPdf(document, { onProgress: (done, label) => seen.push([done, label]) });
    const labels = seen.map(([, label]) => label);
    for (const section of document.sections.map((each, index) =>
      numberedTitle(String(index + 1), each.title),
    )) {
      expect(labels).toContain(section);
    }
    const shares = seen.map(([done]) => done);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
  });

  it('stops between sections when the signal is aborted', async () => {
    const document = await planDocumentOf(samplePlan());
    const signal = { aborted: false };
    const labels: string[] = [];
    const result = renderPlanPdf(document, {
      signal,
      onProgress: (_, label) => {
        labels.push(label);
        if (labels.length === 3) signal.aborted = true;
      },
    });
    await expect(result).rejects.toMatchObject({ name: 'AbortError', message: 'Export cancelled' });
    expect(labels).toHaveLength(3);
  });

  it('does not start when already aborted', async () => {
    const document = await planDocumentOf(samplePlan());
    await expect(renderPlanPdf(document, { signal: { aborted: true } })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('other plans', () => {
  it.each(TEMPLATES.map((template) => [template.name, template] as const))(
    'renders the %s template plan with every section and nothing undefined',
    async (_, template) => {
      const rendered = await render(templatePlan(template));
      const text = pdfText(rendered.path);
      for (const title of SECTION_TITLES) expect(text).toContain(title);
      for (const system of rendered.snapshot.systems) expect(squeeze(text)).toContain(squeeze(system.name));
      expect(text).not.toMatch(/undefined|NaN|\[object|null/);
      expect(text).toContain('No call tree recorded yet');
    },
    60_000,
  );

  it('renders an empty plan, saying what is missing', async () => {
    const rendered = await render(emptyPlan());
    const text = pdfText(rendered.path);
    for (const title of SECTION_TITLES) expect(text).toContain(title);
    expect(text).toContain('No systems or processes recorded yet, so there is no map to draw.');
    expect(text).toContain('No systems recorded yet.');
    expect(text).not.toMatch(/undefined|NaN|\[object/);
  }, 60_000);

  it('breaks long tables across pages and repeats their header rows', async () => {
    const rendered = await render(largePlan(120));
    const pagesWithInventoryHeader = Array.from({ length: rendered.pages }, (_, index) => index + 1).filter(
      (page) =>
        /System\s+Type\s+Tier\s+Owner\s+Redundancy\s+RTO\s+RPO\s+Backup\s+Wave/.test(
          pdfText(rendered.path, page),
        ),
    );
    expect(pagesWithInventoryHeader.length).toBeGreaterThanOrEqual(3);
    const text = pdfText(rendered.path);
    expect(text).toContain('System 001');
    expect(text).toContain('System 120');
  }, 120_000);
});
