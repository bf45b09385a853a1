import type { jsPDF } from 'jspdf';
import type { DocumentSection } from '../document/model';
import { numberedTitle, sectionNumbers } from '../document/numbering';
import { clip } from './furniture';
import { COLOR, FONT, PAGE, SIZE } from './theme';
import { pageBox } from './writer';

/** Where a section's heading was drawn: what links and bookmarks jump to. */
export interface Place {
  page: number;
  y: number;
}

interface Entry {
  id: string;
  level: number;
  text: string;
}

/** Sections and their sub-sections (two levels: deeper ones would drown the list). */
export function contentsEntries(sections: readonly DocumentSection[]): Entry[] {
  const numbers = sectionNumbers(sections);
  const entries: Entry[] = [];
  for (const top of sections) {
    entries.push({ id: top.id, level: 0, text: numberedTitle(numbers.get(top.id) ?? '', top.title) });
    for (const child of top.children) {
      entries.push({ id: child.id, level: 1, text: numberedTitle(numbers.get(child.id) ?? '', child.title) });
    }
  }
  return entries;
}

const TITLE_HEIGHT = 40;
const LINE = { 0: 17, 1: 13.5 } as const;
const GAP_BEFORE_TOP = 5;

/** Which contents page (0-based) and y each entry goes on; the same numbers reserve the pages and draw them. */
function paginate(entries: readonly Entry[]): { pages: number; at: { page: number; y: number }[] } {
  const bottom = PAGE.top + pageBox('portrait').height;
  let page = 0;
  let y = PAGE.top + TITLE_HEIGHT;
  const at = entries.map((entry) => {
    const height = entry.level === 0 ? LINE[0] + GAP_BEFORE_TOP : LINE[1];
    if (y + height > bottom) {
      page += 1;
      y = PAGE.top;
    }
    y += height;
    return { page, y: y - (entry.level === 0 ? LINE[0] : LINE[1]) };
  });
  return { pages: page + 1, at };
}

export function contentsPageCount(entries: readonly Entry[]): number {
  return paginate(entries).pages;
}

/**
 * The table of contents on the pages reserved for it after the cover: each
 * line a link to its section's page, with the page number at the right.
 */
export function drawContents(
  doc: jsPDF,
  entries: readonly Entry[],
  places: ReadonlyMap<string, Place>,
  firstPage: number,
): void {
  const { at } = paginate(entries);
  const left = PAGE.marginX;
  const right = doc.internal.pageSize.getWidth() - PAGE.marginX;
  doc.setPage(firstPage);
  doc.setFont(FONT, 'bold');
  doc.setFontSize(SIZE.h1);
  doc.setTextColor(COLOR.heading);
  doc.text('Contents', left, PAGE.top + SIZE.h1);

  entries.forEach((entry, index) => {
    const place = places.get(entry.id);
    const slot = at[index];
    if (!place || !slot) return;
    doc.setPage(firstPage + slot.page);
    const size = entry.level === 0 ? SIZE.body + 1 : SIZE.body;
    const lineHeight = entry.level === 0 ? LINE[0] : LINE[1];
    const indent = entry.level === 0 ? 0 : 22;
    const baseline = slot.y + lineHeight * 0.72;
    doc.setFont(FONT, entry.level === 0 ? 'bold' : 'normal');
    doc.setFontSize(size);
    doc.setTextColor(entry.level === 0 ? COLOR.heading : COLOR.text);
    const pageText = String(place.page);
    const pageWidth = doc.getTextWidth(pageText);
    const title = clip(doc, entry.text, right - left - indent - pageWidth - 30);
    doc.text(title, left + indent, baseline);
    doc.text(pageText, right, baseline, { align: 'right' });
    // Dotted leader from the title to the page number.
    const from = left + indent + doc.getTextWidth(title) + 6;
    const to = right - pageWidth - 6;
    if (to > from) {
      doc.setDrawColor(COLOR.rule);
      doc.setLineWidth(0.6);
      doc.setLineDashPattern([0.6, 2.4], 0);
      doc.line(from, baseline, to, baseline);
      doc.setLineDashPattern([], 0);
    }
    doc.link(left + indent, slot.y, right - left - indent, lineHeight, {
      pageNumber: place.page,
      magFactor: 'XYZ',
      top: Math.max(0, place.y - 12),
    });
  });
}

/** PDF bookmarks mirroring the numbered sections, nested for sub-sections. */
export function addOutline(
  doc: jsPDF,
  sections: readonly DocumentSection[],
  places: ReadonlyMap<string, Place>,
  contentsPage: number | null,
): void {
  const numbers = sectionNumbers(sections);
  if (contentsPage !== null) doc.outline.add(null, 'Contents', { pageNumber: contentsPage });
  const add = (parent: unknown, list: readonly DocumentSection[]) => {
    for (const each of list) {
      const place = places.get(each.id);
      if (!place) continue;
      const item = doc.outline.add(parent, numberedTitle(numbers.get(each.id) ?? '', each.title), {
        pageNumber: place.page,
      });
      add(item, each.children);
    }
  };
  add(null, sections);
}
