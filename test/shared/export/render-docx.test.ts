import { describe, expect, it } from 'vitest';
import { buildPocketCards } from '../../../shared/export/document/build-pocket-cards';
import { buildRunbooksDocument } from '../../../shared/export/document/build-runbooks-document';
import { renderDocx } from '../../../shared/export/docx/render-docx';
import { SAMPLE_NOW, UNICODE_NAME } from '../../support/sample-plan';
import { readZip } from '../../support/zip';
import { documentInput, HASH, HOSTILE_NAME, peoplePlan } from './docs-plan';
import { everyBlockDocument } from './every-block';

/** Text as it sits in the XML: docx escapes markup characters in text nodes. */
function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The paragraphs' visible text, tags stripped, one paragraph a line. */
function paragraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(''),
  );
}

// A 1×1 PNG, as the app's canvas would hand over (only its bytes matter here).
const PNG = new Uint8Array([
  137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 144,
  119, 83, 222, 0, 0, 0, 12, 73, 68, 65, 84, 120, 156, 99, 248, 252, 229, 27, 0, 5, 187, 2, 222, 145, 204,
  170, 24, 0, 0, 0, 0, 73, 69, 78, 68, 174, 66, 96, 130,
]);

describe('renderDocx', () => {
  it('writes a Word file with heading styles, a TOC field, page fields and the plan on every page', async () => {
    const doc = await everyBlockDocument(peoplePlan());
    const files = readZip(await renderDocx(doc));
    const body = files.get('word/document.xml') ?? '';
    expect(body).toContain('<w:pStyle w:val="Heading1"/>');
    expect(body).toContain('<w:pStyle w:val="Heading2"/>');
    expect(body).toContain('<w:pStyle w:val="Heading3"/>');
    expect(files.get('word/styles.xml')).toMatch(
      /w:styleId="Heading1"><w:name w:val="Heading 1"\/>.*?<w:outlineLvl w:val="0"\/>/,
    );
    expect(body).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(files.get('word/settings.xml')).toContain('<w:updateFields/>');
    const footer = files.get('word/footer1.xml') ?? '';
    expect(footer).toContain('>PAGE<');
    expect(footer).toContain('>NUMPAGES<');
    expect(paragraphs(footer).join('')).toContain('Page  of ');
    const header = paragraphs(files.get('word/header1.xml') ?? '').join('');
    expect(header).toContain(doc.meta.planName);
    expect(header).toContain(`Draft of 2026-11-23 · ${HASH.slice(0, 12)}`);

    const text = paragraphs(body);
    expect(text).toContain(`Every block for ${UNICODE_NAME}`);
    expect(text).toContain('1.1.1. Third level');
    expect(text).toContain(HASH);
    expect(body).toContain(xml(HOSTILE_NAME));
    expect(body).not.toContain('<script');
  });

  it('draws every block: tables with repeating headers, checklists, signature rows, lists, page breaks', async () => {
    const files = readZip(await renderDocx(await everyBlockDocument(peoplePlan())));
    const body = files.get('word/document.xml') ?? '';
    const text = paragraphs(body);
    expect(body).toContain('<w:tblHeader/>');
    expect(text).toContain('A caption');
    expect(text).toContain('No rows recorded yet.');
    expect(text).toContain('☐1. Tick me');
    expect(text).toContain('Who: Anna Łukasiewicz ☎ +45 20 30 40 50');
    expect(text).toContain('Muted words.');
    expect(text).toContain('⚠ Warning words.');
    expect(body).toContain('<w:br w:type="page"/>');
    expect(body).toContain('<w:pageBreakBefore/>');
    // The signature table: its given row and two rows left blank, each tall enough to sign in.
    expect(body.match(/<w:trHeight w:val="680" w:hRule="atLeast"\/>/g)).toHaveLength(3);
    expect(body).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    // A control character would make the file unreadable to Word: it is dropped.
    expect(text).toContain('Controlcharacter');
    expect(body.includes('\u0001') || body.includes('\u0007')).toBe(false);
  });

  it('embeds the map as the app’s PNG when given one', async () => {
    const files = readZip(
      await renderDocx(await everyBlockDocument(peoplePlan()), {
        mapImage: { data: PNG, type: 'png', width: 1600, height: 900 },
      }),
    );
    const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    const body = files.get('word/document.xml') ?? '';
    expect(body).toContain('descr="Dependency map:');
    expect(paragraphs(body)).not.toContain('The same dependencies, as a list:');
  });

  it('embeds the map as SVG with a fallback, and lists the dependencies, without a PNG', async () => {
    const snapshot = peoplePlan();
    const files = readZip(await renderDocx(await everyBlockDocument(snapshot)));
    const media = [...files.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media.some((name) => name.endsWith('.svg'))).toBe(true);
    expect(media.some((name) => name.endsWith('.png'))).toBe(true);
    const svg = media.find((name) => name.endsWith('.svg'));
    expect(files.get(svg ?? '')).toContain('<svg');
    expect(files.get('word/document.xml')).toContain('asvg:svgBlip');
    const text = paragraphs(files.get('word/document.xml') ?? '');
    expect(text.some((line) => line.startsWith('Word 2016 and later draw this map'))).toBe(true);
    const dependent = snapshot.dependencies.find((dependency) => dependency.kind === 'hard');
    const name = (id: string) =>
      [...snapshot.systems, ...snapshot.processes].find((each) => each.id === id)?.name;
    expect(text).toContain(name(dependent?.dependentId ?? ''));
  });

  it('sets the document properties from the document, dated by the export', async () => {
    const doc = buildRunbooksDocument(documentInput(peoplePlan()));
    const core = readZip(await renderDocx(doc)).get('docProps/core.xml') ?? '';
    expect(core).toContain(`<dc:title>${xml(`${doc.meta.title} – Runbooks`)}</dc:title>`);
    expect(core).toContain('<dc:creator>DR Planner</dc:creator>');
    expect(core).toContain(HASH);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${SAMPLE_NOW}</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${SAMPLE_NOW}</dcterms:modified>`);
  });

  it('renders the runbook book and the pocket cards: steps in order with who, calls with phones', async () => {
    const input = documentInput(peoplePlan());
    const book = paragraphs(
      readZip(await renderDocx(buildRunbooksDocument(input))).get('word/document.xml') ?? '',
    );
    const steps = book.filter((line) => /^☐\d+\. /.test(line));
    expect(steps.slice(0, 4)).toEqual([
      '☐1. Declare the disaster',
      '☐2. Restore the database from last night',
      '☐3. Check the application',
      '☐4. Tell customers',
    ]);
    expect(book).toContain('Who: DR coordinator (Anna Łukasiewicz) ☎ +45 20 30 40 50 (Mobile)');
    expect(book).toContain('Performed by');
    const cards = readZip(await renderDocx(buildPocketCards(input))).get('word/document.xml') ?? '';
    expect(cards).not.toContain('TOC \\h');
    const cardText = paragraphs(cards);
    expect(cardText).toContain('1. The first hour for DR coordinator');
    expect(cardText).toContain('Bjørn Ødegård ☎ Mobile +47 22 33 44 55');
    expect(cards.match(/<w:pageBreakBefore\/>/g)).toHaveLength(input.snapshot.teams.length);
  });
});
