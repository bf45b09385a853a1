import type { Block, ChecklistItem } from '../document/model';
import { drawMap } from './map';
import { drawAutoTable, drawDataTable } from './tables';
import { COLOR, FONT, SIZE } from './theme';
import type { PdfWriter } from './writer';

/** Space after each block. */
const AFTER = 8;

export function drawBlock(writer: PdfWriter, block: Block): void {
  writer.settle();
  switch (block.kind) {
    case 'paragraph':
      drawParagraph(writer, block.text, block.tone ?? 'normal');
      break;
    case 'fields':
      drawFields(writer, block.rows);
      break;
    case 'list':
      drawList(writer, block.ordered, block.items);
      break;
    case 'table':
      if (block.caption) drawCaption(writer, block.caption);
      if (block.rows.length === 0) {
        if (block.empty) drawParagraph(writer, block.empty, 'muted');
        return;
      }
      drawDataTable(writer, block.columns, block.rows);
      break;
    case 'checklist':
      for (const item of block.items) drawChecklistItem(writer, item);
      break;
    case 'signatures':
      drawSignatures(writer, block.columns, block.rows, block.blankRows);
      break;
    case 'map':
      drawMap(writer, block.graph, block.layout, block.caption);
      break;
    case 'page-break':
      writer.newPage();
      return;
  }
  writer.gap(AFTER);
}

function drawCaption(writer: PdfWriter, caption: string): void {
  writer.ensure(SIZE.body * 1.4 + 40);
  writer.text(caption, { size: SIZE.body, bold: true, color: COLOR.heading });
  writer.gap(2);
}

function drawParagraph(writer: PdfWriter, text: string, tone: 'normal' | 'muted' | 'warning'): void {
  if (tone !== 'warning') {
    writer.text(text, {
      size: tone === 'muted' ? SIZE.small + 0.5 : SIZE.body,
      color: tone === 'muted' ? COLOR.muted : COLOR.text,
    });
    return;
  }
  // A warning sits in a tinted box with a bar, so it is seen when the page is skimmed (and in black and white).
  const style = { size: SIZE.body, color: COLOR.warningText };
  const pad = 6;
  writer.setStyle(style);
  const lines = writer.split(text, writer.width - 2 * pad - 4);
  const height = lines.length * writer.lineHeight(style.size) + 2 * pad;
  writer.ensure(height);
  const { doc } = writer;
  doc.setFillColor(COLOR.warningFill);
  doc.rect(writer.left, writer.y, writer.width, Math.min(height, writer.room), 'F');
  doc.setFillColor(COLOR.warningBar);
  doc.rect(writer.left, writer.y, 3, Math.min(height, writer.room), 'F');
  writer.gap(pad);
  writer.text(text, style, { indent: pad + 4, width: writer.width - 2 * pad - 4 });
  writer.gap(pad);
}

function drawFields(writer: PdfWriter, rows: readonly (readonly [string, string])[]): void {
  drawAutoTable(writer, {
    theme: 'plain',
    body: rows.map(([label, value]) => [label, value]),
    styles: {
      fontSize: SIZE.body - 0.5,
      cellPadding: { top: 2.5, bottom: 2.5, left: 0, right: 8 },
      lineWidth: { top: 0, right: 0, left: 0, bottom: 0.4 },
    },
    columnStyles: {
      0: { cellWidth: Math.min(125, writer.width * 0.3), fontStyle: 'bold', textColor: COLOR.muted },
    },
  });
}

function drawList(writer: PdfWriter, ordered: boolean, items: readonly string[]): void {
  const style = { size: SIZE.body };
  const indent = 16;
  items.forEach((item, index) => {
    writer.ensure(writer.lineHeight(style.size));
    writer.setStyle(style);
    writer.doc.text(ordered ? `${index + 1}.` : '•', writer.left + 4, writer.y + style.size);
    writer.text(item, style, { indent });
    writer.gap(2);
  });
}

/** Height of a checklist item as drawn, so a short one is never split from its box. */
function checklistHeight(
  writer: PdfWriter,
  item: ChecklistItem,
  textWidth: number,
  labelWidth: number,
): number {
  writer.setStyle({ size: SIZE.body + 0.5, bold: true });
  let height = writer.split(item.title, textWidth).length * writer.lineHeight(SIZE.body + 0.5) + 2;
  writer.setStyle({ size: SIZE.small + 0.5 });
  for (const [, value] of item.details) {
    height += writer.split(value, textWidth - labelWidth).length * writer.lineHeight(SIZE.small + 0.5);
  }
  return height + 10;
}

/** ☐ 3.  Title, then "Who: …", "Check: …" under it: a printed runbook step to tick off by hand. */
function drawChecklistItem(writer: PdfWriter, item: ChecklistItem): void {
  const box = 11;
  const numberWidth = 22;
  const indent = box + 8 + numberWidth;
  const textWidth = writer.width - indent;
  const labelWidth = 62;
  const height = checklistHeight(writer, item, textWidth, labelWidth);
  writer.ensure(Math.min(height, writer.bottom - 100));

  const { doc } = writer;
  doc.setDrawColor(COLOR.text);
  doc.setLineWidth(0.9);
  doc.rect(writer.left, writer.y + 1.5, box, box, 'S');
  writer.setStyle({ size: SIZE.body + 0.5, bold: true });
  doc.text(item.number, writer.left + box + 8, writer.y + SIZE.body + 0.5);
  writer.text(item.title, { size: SIZE.body + 0.5, bold: true }, { indent });
  writer.gap(2);
  for (const [label, value] of item.details) {
    const style = { size: SIZE.small + 0.5 };
    writer.ensure(writer.lineHeight(style.size));
    writer.setStyle({ ...style, bold: true, color: COLOR.muted });
    doc.text(label, writer.left + indent, writer.y + style.size);
    writer.text(value, style, { indent: indent + labelWidth, width: textWidth - labelWidth });
  }
  doc.setDrawColor(COLOR.rule);
  doc.setLineWidth(0.5);
  writer.gap(4);
  if (writer.y < writer.bottom)
    doc.line(writer.left + indent, writer.y, writer.left + writer.width, writer.y);
  writer.gap(6);
}

/** Rows to sign on paper: filled rows as given, then blank ones tall enough for a signature. */
function drawSignatures(
  writer: PdfWriter,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  blankRows: number,
): void {
  const blank = Array.from({ length: blankRows }, () => columns.map(() => ''));
  drawAutoTable(writer, {
    theme: 'grid',
    head: [[...columns]],
    body: [...rows.map((row) => [...row]), ...blank],
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: COLOR.tableHead, textColor: COLOR.heading },
    styles: { minCellHeight: 30, lineColor: COLOR.muted },
    rowPageBreak: 'avoid',
  });
}
