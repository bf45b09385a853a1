import type { Block, DocumentSection, PlanDocument } from '../../../shared/export/document/model';

/** Every section of the document, depth first. */
export function allSections(doc: Pick<PlanDocument, 'sections'>): DocumentSection[] {
  const walk = (sections: readonly DocumentSection[]): DocumentSection[] =>
    sections.flatMap((section) => [section, ...walk(section.children)]);
  return walk(doc.sections);
}

export function sectionTitled(parent: Pick<DocumentSection, 'children'>, title: string): DocumentSection {
  const found = parent.children.find((child) => child.title === title);
  if (!found)
    throw new Error(`No section “${title}” in ${parent.children.map((child) => child.title).join(', ')}`);
  return found;
}

export function blockOf<K extends Block['kind']>(
  section: DocumentSection,
  kind: K,
): Extract<Block, { kind: K }> {
  const found = section.blocks.find((block): block is Extract<Block, { kind: K }> => block.kind === kind);
  if (!found) throw new Error(`No ${kind} block in “${section.title}”`);
  return found;
}

/** The text a reader sees in a section and its children, one string per block line. */
export function textOf(section: DocumentSection): string {
  const blockText = (block: Block): string[] => {
    switch (block.kind) {
      case 'paragraph':
        return [block.text];
      case 'fields':
        return block.rows.map(([label, value]) => `${label}: ${value}`);
      case 'list':
        return [...block.items];
      case 'table':
        return [
          block.columns.map((column) => column.header).join(' | '),
          ...(block.rows.length === 0 ? [block.empty] : block.rows.map((row) => row.join(' | '))),
        ];
      case 'checklist':
        return block.items.flatMap((item) => [
          `${item.number} ${item.title}`,
          ...item.details.map(([label, value]) => `${label}: ${value}`),
        ]);
      case 'signatures':
        return [block.columns.join(' | '), ...block.rows.map((row) => row.join(' | '))];
      case 'map':
        return [block.caption];
      case 'page-break':
        return [];
    }
  };
  return [section.title, ...section.blocks.flatMap(blockText), ...section.children.map(textOf)].join('\n');
}
