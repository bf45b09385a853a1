/**
 * User text into Markdown that reads as the same text and never as markup.
 * Plan text comes from workshops and imports (a Backstage file, a bundle
 * from someone else), so a system called `<img src=x onerror=…>` or
 * `![](https://tracker.example)` must come out as those characters: HTML is
 * turned into entities and every character that starts Markdown syntax gets
 * a backslash. Only our own renderer writes markup.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Inline syntax: emphasis, code, links and images, tables, strikethrough,
 * headings' closing hashes, and GitHub's $math$. Backslash-escaping ASCII
 * punctuation is always allowed in CommonMark, so this never adds a visible
 * character.
 */
const INLINE = /[\\`*_[\]|~#$!]/g;

/**
 * A blank to write on ("______") stays a line: escaping only the first
 * underscore keeps it from being a thematic break, and the rest, with
 * nothing around it, is not emphasis.
 */
const WRITING_LINE = /^_{3,}$/;

function escapeLine(line: string, atLineStart: boolean): string {
  const trimmed = line.trimStart();
  if (WRITING_LINE.test(trimmed)) return `\\${trimmed}`;
  const text = trimmed
    .replace(/[&<>]/g, (char) => ENTITIES[char] ?? char)
    .replace(INLINE, (char) => `\\${char}`);
  if (!atLineStart) return text;
  // What only means something at the start of a line: lists, setext underlines, numbered lists.
  return text.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** One line of text after a marker (heading, list item, link text): newlines become spaces. */
export function mdLine(text: string): string {
  return escapeLine(text.replace(/\s*[\r\n]+\s*/g, ' ').trim(), false);
}

/**
 * Text that may span lines, in a paragraph (`startsLine`) or after a list
 * marker: each line escaped on its own, those that start a line in the file
 * against block syntax too, joined by hard breaks, continuation lines
 * indented to stay inside a list item. Blank lines collapse, so user text
 * can never end the block it is in.
 */
export function mdLines(text: string, indent = '', startsLine = false): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, index) => escapeLine(line, startsLine || index > 0))
    .join(`\\\n${indent}`);
}

/** A table cell: one line, `|` escaped (mdLine does), line breaks as <br> (the only break a GFM cell has). */
export function mdCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => escapeLine(line, false))
    .join('<br>');
}

/** An anchor id that is the same in every viewer: letters, digits, - and _ only. */
export function mdAnchor(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]+/g, '-');
}
