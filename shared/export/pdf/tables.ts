import { autoTable, type CellInput, type Styles, type UserOptions } from 'jspdf-autotable';
import type { TableColumn } from '../document/model';
import { COLOR, FONT, PAGE, SIZE } from './theme';
import type { PdfWriter } from './writer';

const BASE_STYLES: Partial<Styles> = {
  font: FONT,
  fontStyle: 'normal',
  fontSize: SIZE.table,
  textColor: COLOR.text,
  cellPadding: { top: 3.5, bottom: 3.5, left: 4, right: 4 },
  lineColor: COLOR.rule,
  lineWidth: 0.5,
  overflow: 'linebreak',
  valign: 'top',
};

/**
 * Draws an autotable at the writer's position and moves the writer below it.
 * Header rows repeat on every page; a row is kept on one page unless it is
 * taller than a page; margins keep clear of the running header and footer.
 */
export function drawAutoTable(writer: PdfWriter, options: UserOptions): void {
  let endY = writer.y;
  autoTable(writer.doc, {
    startY: writer.y,
    margin: {
      top: PAGE.top,
      bottom: PAGE.bottom,
      left: writer.left,
      right: writer.pageWidth - writer.left - writer.width,
    },
    tableWidth: writer.width,
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    ...options,
    styles: { ...BASE_STYLES, ...options.styles },
    didDrawPage: (data) => {
      if (data.cursor) endY = data.cursor.y;
    },
  });
  writer.y = endY;
}

/** Column widths from the weights, sharing out the whole content width. */
export function columnStyles(
  columns: readonly TableColumn[],
  width: number,
): Record<string, Partial<Styles>> {
  const total = columns.reduce((sum, column) => sum + (column.weight ?? 1), 0);
  return Object.fromEntries(
    columns.map((column, index) => [
      String(index),
      { cellWidth: (width * (column.weight ?? 1)) / total, halign: column.align ?? 'left' },
    ]),
  );
}

/** A data table: bold header rows on a tint, light stripes, hairlines. */
export function drawDataTable(
  writer: PdfWriter,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void {
  drawAutoTable(writer, {
    theme: 'grid',
    head: [columns.map((column): CellInput => column.header)],
    body: rows.map((row) => columns.map((_, index) => row[index] ?? '')),
    headStyles: { fontStyle: 'bold', fillColor: COLOR.tableHead, textColor: COLOR.heading },
    alternateRowStyles: { fillColor: COLOR.tableStripe },
    columnStyles: columnStyles(columns, writer.width),
  });
}
