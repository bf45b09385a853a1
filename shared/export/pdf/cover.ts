import { shortHash } from '../../bundle/content-hash';
import type { DocumentMeta } from '../document/model';
import { COLOR, SIZE } from './theme';
import type { PdfWriter } from './writer';

/** The cover: what this is, whose, which version, and how to handle it. */
export function drawCover(writer: PdfWriter, meta: DocumentMeta): void {
  const { doc } = writer;
  writer.y = 170;
  writer.text(meta.kind.toUpperCase(), { size: SIZE.coverKind, bold: true, color: COLOR.muted });
  writer.gap(10);
  writer.text(meta.title, { size: SIZE.coverTitle, bold: true, color: COLOR.heading });
  writer.gap(6);
  if (meta.organisation) writer.text(meta.organisation, { size: SIZE.coverKind, color: COLOR.text });
  writer.gap(30);
  doc.setDrawColor(COLOR.heading);
  doc.setLineWidth(1.5);
  doc.line(writer.left, writer.y, writer.left + 120, writer.y);
  writer.gap(18);
  const rows: [string, string][] = [
    ['Version', meta.version],
    ['Generated', `${meta.generatedAt.slice(0, 10)} ${meta.generatedAt.slice(11, 16)} UTC`],
    ['Content hash', shortHash(meta.contentHash)],
  ];
  for (const [label, value] of rows) {
    writer.setStyle({ size: SIZE.body + 1, bold: true, color: COLOR.muted });
    doc.text(label, writer.left, writer.y + SIZE.body + 1);
    writer.text(value, { size: SIZE.body + 1 }, { indent: 100 });
    writer.gap(4);
  }

  // The handling note sits at the foot of the cover, where it is seen before the document is opened.
  const boxHeight = 44;
  const top = writer.bottom - boxHeight - 20;
  doc.setDrawColor(COLOR.warningBar);
  doc.setFillColor(COLOR.warningFill);
  doc.setLineWidth(1);
  doc.rect(writer.left, top, writer.width, boxHeight, 'FD');
  writer.y = top + 9;
  writer.text(
    meta.classification,
    { size: SIZE.body + 1, bold: true, color: COLOR.warningText },
    { indent: 12 },
  );
  writer.text(
    'Handle and store as the document control section says.',
    { size: SIZE.small, color: COLOR.warningText },
    { indent: 12 },
  );
  writer.y = writer.bottom + 1;
}
