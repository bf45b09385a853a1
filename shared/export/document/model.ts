import type { MapGraph } from '../../map/map-model';
import type { MapLayout } from '../../map/map-layout';

/**
 * A document as blocks, built once from a plan (build-*.ts) and drawn by each
 * format (PDF, Word, Markdown). The builders decide what an auditor reads and
 * in which order; the renderers only decide how it looks. All text is plain
 * text: a renderer escapes it for its format and never reads markup in it.
 */

export interface DocumentMeta {
  /** Big title on the cover, e.g. the plan's name. */
  title: string;
  /** e.g. "Disaster recovery plan" or "Runbooks". */
  kind: string;
  planName: string;
  organisation: string;
  /** What the pages call the version, e.g. "Draft of 2026-11-23". */
  version: string;
  /** Full SHA-256 of the plan content (shared/bundle/content-hash.ts); pages carry the short form. */
  contentHash: string;
  /** When the document was made (ISO timestamp); passed in, shared/ reads no clock. */
  generatedAt: string;
  /** e.g. "Confidential: contains names and phone numbers". */
  classification: string;
}

export interface PlanDocument {
  meta: DocumentMeta;
  /** Whether the renderers add a table of contents after the cover. */
  tableOfContents: boolean;
  /** Top-level sections in order; each starts a new page in page-based formats. */
  sections: DocumentSection[];
}

export interface DocumentSection {
  /** Stable anchor: TOC links, bookmarks and Markdown anchors use it. */
  id: string;
  title: string;
  blocks: Block[];
  /** Sub-sections, numbered under this one. */
  children: DocumentSection[];
}

export interface TableColumn {
  header: string;
  /** Relative width; renderers share the page width out in these proportions. Default 1. */
  weight?: number;
  align?: 'left' | 'right';
}

export type Block =
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'muted' | 'warning' }
  /** Label: value pairs, e.g. a system's objectives. */
  | { kind: 'fields'; rows: readonly (readonly [label: string, value: string])[] }
  | { kind: 'list'; ordered: boolean; items: readonly string[] }
  | {
      kind: 'table';
      columns: readonly TableColumn[];
      rows: readonly (readonly string[])[];
      /** Shown when rows is empty, e.g. "No vendors recorded yet." */
      empty: string;
      caption?: string;
    }
  /** A checklist item with a box to tick by hand, for printed runbooks. */
  | { kind: 'checklist'; items: readonly ChecklistItem[] }
  /** Lines to sign on paper: one per row, with the given column headers (e.g. Name, Title, Date, Signature). */
  | {
      kind: 'signatures';
      columns: readonly string[];
      rows: readonly (readonly string[])[];
      blankRows: number;
    }
  /** The dependency map, drawn from the same layout as the app (vectors in PDF, Mermaid in Markdown). */
  | { kind: 'map'; graph: MapGraph; layout: MapLayout; caption: string }
  | { kind: 'page-break' };

export interface ChecklistItem {
  /** "3." or "3a." */
  number: string;
  title: string;
  /** Further lines under the title: instructions, who, how long, how to verify. */
  details: readonly (readonly [label: string, value: string])[];
}
