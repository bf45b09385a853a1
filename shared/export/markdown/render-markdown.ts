import { shortHash } from '../../bundle/content-hash';
import type { Block, ChecklistItem, DocumentSection, PlanDocument, TableColumn } from '../document/model';
import { mdAnchor, mdCell, mdLine, mdLines } from './markdown-text';
import { mapToMermaid } from './mermaid';

/**
 * The document as one Markdown file (GitHub-flavoured: tables, task lists,
 * Mermaid). Sections are numbered as in the PDF, each heading carries an
 * anchor made from the section's stable id, and the table of contents links
 * to them. Every piece of document text goes through markdown-text.ts.
 */
export function renderMarkdown(doc: PlanDocument): string {
  const out: string[] = [`# ${mdLine(doc.meta.title)}`, coverBlock(doc)];
  const numbered = numberSections(doc.sections);
  if (doc.tableOfContents && numbered.length > 0) {
    out.push('## Contents', numbered.map(tocLine).join('\n'));
  }
  for (const entry of numbered) {
    out.push(
      `${'#'.repeat(entry.depth + 1)} <a id="${mdAnchor(entry.section.id)}"></a>${entry.number} ${mdLine(entry.section.title)}`,
    );
    for (const block of entry.section.blocks) {
      const text = renderBlock(block);
      if (text !== '') out.push(text);
    }
  }
  return `${out.join('\n\n')}\n`;
}

function coverBlock(doc: PlanDocument): string {
  const { meta } = doc;
  const rows: [string, string][] = [
    ['Document', meta.kind],
    ['Plan', meta.planName],
    ['Organisation', meta.organisation || 'Not recorded'],
    ['Version', meta.version],
    ['Content hash', `${meta.contentHash} (short: ${shortHash(meta.contentHash)})`],
    ['Generated', meta.generatedAt],
    ['Handling', meta.classification],
  ];
  return fieldsBlock(rows);
}

interface Numbered {
  section: DocumentSection;
  /** "1.", "1.2." */
  number: string;
  /** 1 for top-level sections. */
  depth: number;
}

/** Depth first, numbered like the PDF: 1., 1.1., 1.1.1. */
function numberSections(sections: readonly DocumentSection[], prefix = '', depth = 1): Numbered[] {
  return sections.flatMap((section, index) => {
    const number = `${prefix}${index + 1}.`;
    return [{ section, number, depth }, ...numberSections(section.children, number, depth + 1)];
  });
}

function tocLine(entry: Numbered): string {
  const indent = '  '.repeat(entry.depth - 1);
  return `${indent}- [${entry.number} ${mdLine(entry.section.title)}](#${mdAnchor(entry.section.id)})`;
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text, block.tone ?? 'normal');
    case 'fields':
      return fieldsBlock(block.rows);
    case 'list':
      return block.items
        .map(
          (item, index) =>
            `${block.ordered ? `${index + 1}.` : '-'} ${mdLines(item, block.ordered ? '   ' : '  ', true)}`,
        )
        .join('\n');
    case 'table':
      return tableBlock(block.columns, block.rows, block.empty, block.caption);
    case 'checklist':
      return block.items.map(checklistItem).join('\n');
    case 'signatures': {
      const blank = block.columns.map(() => '');
      const rows = [...block.rows, ...Array.from({ length: block.blankRows }, () => blank)];
      return tableBlock(
        block.columns.map((header) => ({ header })),
        rows,
        '',
      );
    }
    case 'map':
      return block.graph.nodes.length === 0
        ? paragraph(`${block.caption}: no systems or processes yet.`, 'muted')
        : [
            '```mermaid',
            mapToMermaid(block.graph),
            '```',
            paragraph(
              `${withFullStop(block.caption)} Lines: solid = needs, dotted = works worse without, thick = needs one of. A thick red border marks a single point of failure.`,
              'muted',
            ),
          ].join('\n');
    case 'page-break':
      // Markdown has no pages; the next heading separates well enough.
      return '';
  }
}

function paragraph(text: string, tone: 'normal' | 'muted' | 'warning'): string {
  // Paragraphs of user text stay paragraphs; a blank line inside never ends a list or table.
  return text
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map((part) => mdLines(part, '', true))
    .filter((part) => part !== '')
    .map((part) =>
      tone === 'muted' ? `*${part}*` : tone === 'warning' ? `> **⚠** ${part.replace(/\n/g, '\n> ')}` : part,
    )
    .join('\n\n');
}

function fieldsBlock(rows: readonly (readonly [string, string])[]): string {
  return rows.map(([label, value]) => `- **${mdLine(label)}:** ${mdLines(value, '  ')}`).join('\n');
}

function tableBlock(
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
  empty: string,
  caption?: string,
): string {
  const parts: string[] = [];
  if (caption) parts.push(`*${mdLine(caption)}*`);
  if (rows.length === 0) {
    if (empty) parts.push(`*${mdLine(empty)}*`);
    return parts.join('\n\n');
  }
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const table = [
    line(columns.map((column) => mdCell(column.header))),
    line(columns.map((column) => (column.align === 'right' ? '---:' : '---'))),
    ...rows.map((row) => line(columns.map((_, index) => mdCell(row[index] ?? '')))),
  ];
  parts.push(table.join('\n'));
  return parts.join('\n\n');
}

/** A GFM task-list item with its details as a nested list. */
function checklistItem(item: ChecklistItem): string {
  const head = `- [ ] **${mdLine(`${item.number} ${item.title}`)}**`;
  const details = item.details.map(([label, value]) => `  - ${mdLine(label)}: ${mdLines(value, '    ')}`);
  return [head, ...details].join('\n');
}

/** The caption as a sentence: builders may or may not end it with a full stop. */
function withFullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
