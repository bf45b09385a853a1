import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import type { TableColumn } from '../document/model';
import { CELL_BORDERS, COLOURS, run, SYMBOL_FONT, TEXT_WIDTH, textParagraph, textRuns } from './docx-style';

/** Paragraphs and tables that several blocks are made of. */

export function paragraph(text: string, tone: 'normal' | 'muted' | 'warning'): Paragraph {
  if (tone === 'muted') return textParagraph(text, { italics: true, color: COLOURS.muted });
  if (tone === 'warning') {
    return new Paragraph({
      children: [
        run('⚠ ', { font: SYMBOL_FONT, color: COLOURS.warning, bold: true }),
        ...textRuns(text, { color: COLOURS.warning }),
      ],
    });
  }
  return textParagraph(text);
}

/** Column widths in twips from the relative weights, adding up to the text width. */
export function columnWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  return weights.map((weight) => Math.floor((TEXT_WIDTH * weight) / total));
}

export function cell(
  text: string,
  width: number,
  options: { bold?: boolean; header?: boolean; right?: boolean } = {},
) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders: CELL_BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: options.header
      ? { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.headerFill }
      : undefined,
    children: [
      textParagraph(
        text,
        { bold: options.bold ?? options.header },
        {
          spacing: { after: 0 },
          alignment: options.right ? 'right' : undefined,
        },
      ),
    ],
  });
}

export function gridTable(widths: readonly number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    rows,
  });
}

/** Header row repeated on every page the table runs onto; rows never split across pages. */
export function table(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  empty: string,
  caption?: string,
): FileChild[] {
  const out: FileChild[] = [];
  if (caption) out.push(textParagraph(caption, { italics: true, color: COLOURS.muted }, { keepNext: true }));
  if (rows.length === 0) {
    if (empty) out.push(paragraph(empty, 'muted'));
    return out;
  }
  const widths = columnWidths(columns.map((column) => column.weight ?? 1));
  const right = columns.map((column) => column.align === 'right');
  out.push(
    gridTable(widths, [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((column, index) =>
          cell(column.header, widths[index] ?? 0, { header: true, right: right[index] }),
        ),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: columns.map((_, index) =>
              cell(row[index] ?? '', widths[index] ?? 0, { right: right[index] }),
            ),
          }),
      ),
    ]),
    spacer(),
  );
  return out;
}

/** Word joins two tables that touch; an empty paragraph keeps them apart. */
function spacer(): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: [] });
}
