import { jsPDF } from 'jspdf';
import type { DocumentSection, PlanDocument } from '../document/model';
import { numberedTitle, sectionNumbers } from '../document/numbering';
import { drawBlock } from './blocks';
import { addOutline, contentsEntries, contentsPageCount, drawContents, type Place } from './contents';
import { drawCover } from './cover';
import { registerFonts, type PdfFonts } from './fonts';
import { drawFurniture } from './furniture';
import { withoutOpenAction } from './safety';
import { COLOR, SIZE } from './theme';
import { mapPageOrientation } from './map';
import { PdfWriter, type Orientation } from './writer';

export type { PdfFonts } from './fonts';

export interface RenderPdfOptions {
  fonts: PdfFonts;
  /** Called before each section and at the end: `done` is the share finished (0–1), `label` what is being drawn. */
  onProgress?: (done: number, label: string) => void;
  /** Checked between sections; when set, rendering stops with an AbortError. */
  signal?: { aborted: boolean };
  /**
   * Awaited between sections, so a worker can take in a cancel message
   * (e.g. `() => new Promise((r) => setTimeout(r))`). shared/ has no timers.
   */
  breathe?: () => Promise<void>;
}

/** A section that opens with the map starts on the page the map is drawn on, so its heading is not left alone. */
function openingOrientation(writer: PdfWriter, section: DocumentSection): Orientation {
  let first: DocumentSection | undefined = section;
  let headings = 0;
  while (first) {
    headings += 40;
    const block = first.blocks[0];
    if (block) return block.kind === 'map' ? mapPageOrientation(writer, block.layout, headings) : 'portrait';
    first = first.children[0];
  }
  return 'portrait';
}

function cancelled(): Error {
  const error = new Error('Export cancelled');
  error.name = 'AbortError';
  return error;
}

/** Heading type by depth: a section, a sub-section, anything deeper. */
function headingStyle(depth: number): { size: number; before: number; after: number } {
  if (depth === 0) return { size: SIZE.h1, before: 0, after: 10 };
  if (depth === 1) return { size: SIZE.h2, before: 10, after: 5 };
  return { size: SIZE.h3, before: 6, after: 4 };
}

/**
 * The document as an A4 PDF: cover, table of contents with links, numbered
 * sections each from a new page, running header and footer on every page,
 * bookmarks, and DejaVu Sans embedded for every string. The file holds no
 * JavaScript and no actions.
 */
export async function renderPdf(document: PlanDocument, options: RenderPdfOptions): Promise<Uint8Array> {
  const { meta } = document;
  const check = () => {
    if (options.signal?.aborted) throw cancelled();
  };
  check();
  const doc = new jsPDF({
    unit: 'pt',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
  });
  registerFonts(doc, options.fonts);
  const writer = new PdfWriter(doc);
  drawCover(writer, meta);

  const entries = contentsEntries(document.sections);
  const contentsPages = document.tableOfContents ? contentsPageCount(entries) : 0;
  for (let page = 0; page < contentsPages; page += 1) writer.newPage();
  // The reserved pages are filled at the end; the first section must not take the last of them.
  if (contentsPages > 0) writer.y = writer.bottom;

  const numbers = sectionNumbers(document.sections);
  const places = new Map<string, Place>();
  const drawSection = (section: DocumentSection, depth: number) => {
    const style = headingStyle(depth);
    if (depth === 0) writer.startPage(openingOrientation(writer, section));
    else {
      writer.settle();
      // Keep a heading with the start of what follows it.
      writer.ensure(style.before + style.size * 1.4 + 40);
      if (writer.y > writer.top) writer.gap(style.before);
    }
    places.set(section.id, { page: writer.pageNumber, y: writer.y });
    writer.text(numberedTitle(numbers.get(section.id) ?? '', section.title), {
      size: style.size,
      bold: true,
      color: COLOR.heading,
    });
    if (depth === 0) {
      doc.setDrawColor(COLOR.heading);
      doc.setLineWidth(1);
      doc.line(writer.left, writer.y + 1, writer.left + writer.width, writer.y + 1);
    }
    writer.gap(style.after);
    for (const block of section.blocks) drawBlock(writer, block);
    for (const child of section.children) drawSection(child, depth + 1);
  };

  const total = document.sections.length;
  for (const [index, section] of document.sections.entries()) {
    check();
    options.onProgress?.(index / (total + 1), numberedTitle(numbers.get(section.id) ?? '', section.title));
    await (options.breathe?.() ?? Promise.resolve());
    check();
    drawSection(section, 0);
  }
  check();
  options.onProgress?.(total / (total + 1), 'Contents, page numbers and bookmarks');

  if (contentsPages > 0) drawContents(doc, entries, places, 2);
  addOutline(doc, document.sections, places, contentsPages > 0 ? 2 : null);
  drawFurniture(doc, meta);
  doc.setDocumentProperties({
    title: `${meta.title}: ${meta.kind}`,
    subject: `${meta.kind}, ${meta.version}, content hash ${meta.contentHash}`,
    author: meta.organisation,
    keywords: meta.contentHash,
    creator: 'DR Planner',
  });
  // The same document gives the same bytes: dates and id come from the content, not the clock.
  doc.setCreationDate(new Date(meta.generatedAt));
  doc.setFileId(meta.contentHash.slice(0, 32).toUpperCase());
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');

  const bytes = withoutOpenAction(new Uint8Array(doc.output('arraybuffer')));
  options.onProgress?.(1, 'Done');
  return bytes;
}
