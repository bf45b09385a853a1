import type { jsPDF } from 'jspdf';
import { A4, COLOR, FONT, LEADING, PAGE } from './theme';

export type Orientation = 'portrait' | 'landscape';

/** The size content can have on a fresh page of this orientation. */
export function pageBox(orientation: Orientation): { width: number; height: number } {
  const [width, height] = orientation === 'portrait' ? [A4.width, A4.height] : [A4.height, A4.width];
  return { width: width - 2 * PAGE.marginX, height: height - PAGE.top - PAGE.bottom };
}

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
}

/**
 * The flow of content down the pages: where the next thing goes (y), and a
 * new page when it does not fit. Every block drawer goes through it, so page
 * breaks happen in one place and never inside the running header or footer.
 */
export class PdfWriter {
  y: number = PAGE.top;
  /** After landscape pages (the map), the next content starts on a fresh portrait page. */
  private portraitPending = false;

  constructor(readonly doc: jsPDF) {}

  get pageWidth(): number {
    return this.doc.internal.pageSize.getWidth();
  }

  get pageHeight(): number {
    return this.doc.internal.pageSize.getHeight();
  }

  get top(): number {
    return PAGE.top;
  }

  get left(): number {
    return PAGE.marginX;
  }

  get width(): number {
    return this.pageWidth - 2 * PAGE.marginX;
  }

  get bottom(): number {
    return this.pageHeight - PAGE.bottom;
  }

  /** Room left on this page. */
  get room(): number {
    return this.bottom - this.y;
  }

  get pageNumber(): number {
    return this.doc.getNumberOfPages();
  }

  get orientation(): Orientation {
    return this.pageWidth > this.pageHeight ? 'landscape' : 'portrait';
  }

  newPage(orientation: Orientation = 'portrait'): void {
    this.doc.addPage('a4', orientation);
    this.y = PAGE.top;
    this.portraitPending = false;
  }

  /** Call when done with a landscape page: whatever comes next goes on a portrait one. */
  leaveOrientation(): void {
    if (this.orientation === 'landscape') this.portraitPending = true;
  }

  /** Before drawing anything: honours a pending return to portrait. */
  settle(): void {
    if (this.portraitPending) this.newPage('portrait');
  }

  /** A section's first page: this one if nothing is on it yet, else a new one. */
  startPage(orientation: Orientation = 'portrait'): void {
    if (this.portraitPending || this.y > PAGE.top || this.orientation !== orientation)
      this.newPage(orientation);
  }

  /** Starts a new page unless `height` still fits on this one (or this page is still empty). */
  ensure(height: number): void {
    this.settle();
    if (this.y + height > this.bottom && this.y > PAGE.top + 1) this.newPage();
  }

  setStyle(style: TextStyle): void {
    this.doc.setFont(FONT, style.bold ? 'bold' : 'normal');
    this.doc.setFontSize(style.size);
    this.doc.setTextColor(style.color ?? COLOR.text);
  }

  /** Text broken into lines that fit `width` at the current style. */
  split(text: string, width: number): string[] {
    const lines: unknown = this.doc.splitTextToSize(text, width);
    return Array.isArray(lines) ? lines.map(String) : [String(lines)];
  }

  lineHeight(size: number): number {
    return size * LEADING;
  }

  /**
   * Wrapped text from the current y, moving to a new page between lines
   * when needed. Returns the lines drawn.
   */
  text(text: string, style: TextStyle, options: { indent?: number; width?: number } = {}): string[] {
    this.setStyle(style);
    const indent = options.indent ?? 0;
    const lines = this.split(text, options.width ?? this.width - indent);
    const height = this.lineHeight(style.size);
    for (const line of lines) {
      this.ensure(height);
      this.setStyle(style);
      this.doc.text(line, this.left + indent, this.y + style.size, { baseline: 'alphabetic' });
      this.y += height;
    }
    return lines;
  }

  gap(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }
}
