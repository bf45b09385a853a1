import { shortHash } from '../../bundle/content-hash';
import { escapeXml } from '../../map/map-text';
import type { DocumentMeta } from '../document/model';

/**
 * docProps/core.xml, the properties Word shows under File › Info: what the
 * document is, which plan version and content hash it carries, and when it
 * was generated. Written here rather than by docx, which would date it by
 * reading the clock; every value is user text or derived from it, so every
 * value is escaped.
 */
export function coreProperties(meta: DocumentMeta): string {
  const element = (name: string, value: string, attributes = '') =>
    `<${name}${attributes}>${escapeXml(value)}</${name}>`;
  const date = ' xsi:type="dcterms:W3CDTF"';
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', `${meta.title} – ${meta.kind}`),
    element('dc:subject', `${meta.kind}: ${meta.planName}`),
    element('dc:creator', 'DR Planner'),
    element('cp:keywords', `disaster recovery; ${meta.kind}; ${shortHash(meta.contentHash)}`),
    element('dc:description', `${meta.classification}. ${meta.version}. Content hash ${meta.contentHash}.`),
    element('cp:lastModifiedBy', 'DR Planner'),
    element('cp:revision', '1'),
    element('cp:contentStatus', 'Draft'),
    element('dcterms:created', meta.generatedAt, date),
    element('dcterms:modified', meta.generatedAt, date),
    '</cp:coreProperties>',
  ].join('');
}
