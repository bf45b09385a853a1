import {
  BorderStyle,
  LevelFormat,
  AlignmentType,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type IRunOptions,
  type ITableCellBorders,
} from 'docx';

/** A4 portrait with 2 cm margins, in twips (1/20 pt). */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: 1134,
} as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Images are sized in pixels at 96 dpi: a twip is 1/15 px. */
export const TEXT_WIDTH_PX = Math.floor(TEXT_WIDTH / 15);
export const MAX_IMAGE_HEIGHT_PX = 820;

export const COLOURS = {
  text: '1B2330',
  muted: '5A6474',
  warning: 'B42318',
  headerFill: 'EEF1F5',
  border: 'B8C0CC',
} as const;

export const FONT = 'Calibri';
/** Word falls back per glyph, but naming a symbol font makes ☐ and ☎ print the same everywhere. */
export const SYMBOL_FONT = 'Segoe UI Symbol';

export const ORDERED_LIST = 'ordered-list';

export const numbering = {
  config: [
    {
      reference: ORDERED_LIST,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: '%1.',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 567, hanging: 340 } } },
        },
      ],
    },
  ],
};

export const styles = {
  default: {
    document: { run: { font: FONT, size: 21, color: COLOURS.text }, paragraph: { spacing: { after: 100 } } },
    title: { run: { font: FONT, size: 48, bold: true, color: COLOURS.text } },
    heading1: {
      // Outline levels are what Word's navigation pane and the TOC field read.
      run: { font: FONT, size: 34, bold: true, color: COLOURS.text },
      paragraph: { spacing: { before: 240, after: 160 }, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT, size: 27, bold: true, color: COLOURS.text },
      paragraph: { spacing: { before: 240, after: 100 }, keepNext: true, outlineLevel: 1 },
    },
    heading3: {
      run: { font: FONT, size: 23, bold: true, color: COLOURS.text },
      paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 2 },
    },
    heading4: {
      run: { font: FONT, size: 21, bold: true, italics: true, color: COLOURS.text },
      paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, outlineLevel: 3 },
    },
  },
};

const line = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border };
export const CELL_BORDERS: ITableCellBorders = { top: line, bottom: line, left: line, right: line };

/**
 * Runs for plain text: one per line, with Word line breaks between. The
 * docx library writes run text as XML text nodes, escaping it, so user text
 * stays text; nothing here interprets it.
 */
export function textRuns(
  text: string,
  options: Omit<IRunOptions, 'text' | 'break' | 'children'> = {},
): TextRun[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((part, index) => new TextRun({ ...options, text: part, break: index > 0 ? 1 : 0 }));
}

/**
 * Text as XML 1.0 can hold it. docx escapes markup characters but passes
 * control characters through, and one of those in a system name would make
 * Word refuse the whole file.
 */
export function xmlText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

export type RunStyle = Omit<IRunOptions, 'text' | 'break' | 'children'>;

/** One run of plain text (an options object of its own, so `bold` is never read as String.prototype.bold). */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ ...style, text: xmlText(text) });
}

export function textParagraph(
  text: string,
  style: RunStyle = {},
  paragraph: Omit<IParagraphOptions, 'children' | 'text'> = {},
): Paragraph {
  return new Paragraph({ ...paragraph, children: textRuns(text, style) });
}
