import type { Block, DocumentSection } from '../model';

/**
 * The plan document's top-level sections, in the order of domain.md "What an
 * auditor expects": NIST SP 800-34's template order with the BIA and failure
 * points brought forward. The coverage matrix refers to sections by these ids.
 */
export const PLAN_SECTION_IDS = [
  'document-control',
  'introduction',
  'operations',
  'bia',
  'failure-points',
  'activation',
  'recovery',
  'reconstitution',
  'testing',
  'appendices',
] as const;
export type PlanSectionId = (typeof PLAN_SECTION_IDS)[number];

export function section(
  id: string,
  title: string,
  blocks: Block[],
  children: DocumentSection[] = [],
): DocumentSection {
  return { id, title, blocks, children };
}

export function paragraph(text: string, tone: 'normal' | 'muted' | 'warning' = 'normal'): Block {
  return { kind: 'paragraph', text, tone };
}
