import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TableOfContents,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';
import { shortHash } from '../../bundle/content-hash';
import type { DocumentSection, PlanDocument } from '../document/model';
import { blockChildren, type BlockContext } from './docx-blocks';
import type { MapImage } from './docx-map';
import { coreProperties } from './docx-core';
import { COLOURS, numbering, PAGE, styles, TEXT_WIDTH, textParagraph, xmlText } from './docx-style';

export interface DocxOptions {
  /** The map as the app rasterised it; without it the map goes in as SVG (see docx-map.ts). */
  mapImage?: MapImage;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
];

/**
 * The document as a Word file: Word's own Heading 1–4 styles (so the
 * navigation pane and the table of contents field work), real tables whose
 * header rows repeat on each page, ☐ checklists, rows to sign, and on every
 * page the plan, version and short content hash above and "Page X of Y"
 * below, as fields Word fills in.
 */
export async function renderDocx(doc: PlanDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const { meta } = doc;
  let listInstance = 0;
  const context: BlockContext = { mapImage: options.mapImage, nextListInstance: () => ++listInstance };
  const body: FileChild[] = [...cover(doc, context)];
  if (doc.tableOfContents && doc.sections.length > 0) {
    body.push(
      new Paragraph({
        pageBreakBefore: true,
        heading: HeadingLevel.TITLE,
        children: [new TextRun('Contents')],
      }),
      new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
    );
  }
  doc.sections.forEach((section, index) => {
    body.push(...sectionChildren(section, `${index + 1}.`, 0, context));
  });

  const file = new Document({
    // Word fills the table of contents and page numbers in when it opens the file.
    features: { updateFields: true },
    styles,
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter(doc) },
        children: body,
      },
    ],
  });
  // Our own core properties: dated by the export (generatedAt), not by the clock docx would read.
  return Packer.pack(file, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(meta) }]);
}

function cover(doc: PlanDocument, context: BlockContext): FileChild[] {
  const { meta } = doc;
  return [
    textParagraph(meta.title, {}, { heading: HeadingLevel.TITLE, spacing: { before: 1200, after: 200 } }),
    textParagraph(meta.kind, { size: 32, color: COLOURS.muted }, { spacing: { after: 600 } }),
    ...blockChildren(
      {
        kind: 'fields',
        rows: [
          ['Plan', meta.planName],
          ['Organisation', meta.organisation || 'Not recorded'],
          ['Version', meta.version],
          ['Content hash (SHA-256)', meta.contentHash],
          ['Generated', meta.generatedAt],
          ['Handling', meta.classification],
        ],
      },
      context,
    ),
  ];
}

/** Top-level sections start a page; numbered like the PDF (1., 1.2.). */
function sectionChildren(
  section: DocumentSection,
  number: string,
  depth: number,
  context: BlockContext,
): FileChild[] {
  const heading = textParagraph(
    `${number} ${section.title}`,
    {},
    { heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)], pageBreakBefore: depth === 0 },
  );
  return [
    heading,
    ...section.blocks.flatMap((block) => blockChildren(block, context)),
    ...section.children.flatMap((child, index) =>
      sectionChildren(child, `${number}${index + 1}.`, depth + 1, context),
    ),
  ];
}

const small = { size: 16, color: COLOURS.muted } as const;

function pageHeader(doc: PlanDocument): Header {
  const { meta } = doc;
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ ...small, text: xmlText(meta.planName) }),
          new TextRun({
            ...small,
            children: [new Tab(), xmlText(`${meta.version} · ${shortHash(meta.contentHash)}`)],
          }),
        ],
      }),
    ],
  });
}

function pageFooter(doc: PlanDocument): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({
            ...small,
            children: [xmlText(`${doc.meta.kind} · ${doc.meta.classification}`), new Tab()],
          }),
          new TextRun({ ...small, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}
