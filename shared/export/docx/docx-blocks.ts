import { HeightRule, PageBreak, Paragraph, Tab, TableRow, TextRun, type FileChild } from 'docx';
import type { Block, ChecklistItem } from '../document/model';
import { mapChildren, type MapImage } from './docx-map';
import { cell, columnWidths, gridTable, paragraph, table } from './docx-parts';
import { COLOURS, ORDERED_LIST, run, SYMBOL_FONT, textParagraph, textRuns } from './docx-style';

export interface BlockContext {
  mapImage: MapImage | undefined;
  /** Each ordered list restarts at 1: Word needs a new numbering instance per list. */
  nextListInstance: () => number;
}

export function blockChildren(block: Block, context: BlockContext): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(block.text, block.tone ?? 'normal')];
    case 'fields':
      return [fieldsTable(block.rows)];
    case 'list': {
      const instance = context.nextListInstance();
      return block.items.map((item) =>
        textParagraph(
          item,
          {},
          block.ordered
            ? { numbering: { reference: ORDERED_LIST, level: 0, instance } }
            : { bullet: { level: 0 } },
        ),
      );
    }
    case 'table':
      return table(block.columns, block.rows, block.empty, block.caption);
    case 'checklist':
      return block.items.flatMap(checklistItem);
    case 'signatures':
      return [signatures(block.columns, block.rows, block.blankRows)];
    case 'map':
      return mapChildren(block, context.mapImage);
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function fieldsTable(rows: readonly (readonly [string, string])[]): FileChild {
  const widths = columnWidths([1, 2.6]);
  return gridTable(
    widths,
    rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [cell(label, widths[0] ?? 0, { bold: true }), cell(value, widths[1] ?? 0)],
        }),
    ),
  );
}

/** A box to tick by hand, the number and title in bold, the details indented under it. */
function checklistItem(item: ChecklistItem): Paragraph[] {
  const head = new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 160, after: 40 },
    indent: { left: 454, hanging: 454 },
    children: [
      run('☐', { font: SYMBOL_FONT, size: 28 }),
      new TextRun({ children: [new Tab()] }),
      run(`${item.number} `, { bold: true }),
      ...textRuns(item.title, { bold: true }),
    ],
    tabStops: [{ type: 'left', position: 454 }],
  });
  const details = item.details.map(
    ([label, value], index) =>
      new Paragraph({
        keepNext: index < item.details.length - 1,
        keepLines: true,
        spacing: { after: 20 },
        indent: { left: 454 },
        children: [run(`${label}: `, { bold: true, color: COLOURS.muted }), ...textRuns(value)],
      }),
  );
  return [head, ...details];
}

/** Lines to sign on paper: rows tall enough to write in. */
function signatures(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  blankRows: number,
): FileChild {
  const widths = columnWidths(columns.map(() => 1));
  const blank = columns.map(() => '');
  const all = [...rows, ...Array.from({ length: blankRows }, () => blank)];
  return gridTable(widths, [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((header, index) => cell(header, widths[index] ?? 0, { header: true })),
    }),
    ...all.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          height: { value: 680, rule: HeightRule.ATLEAST },
          children: columns.map((_, index) =>
            cell(row[index] ?? '', widths[index] ?? 0, { bold: index === 0 && row[0] !== '' }),
          ),
        }),
    ),
  ]);
}
